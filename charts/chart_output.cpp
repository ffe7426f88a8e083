#include "charts/chart_output.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QtCharts/QChartView>

namespace corpcare::charts {

namespace {

// Lays the chart out at `size` for as long as this object lives, then back as it was: an export at
// another size than the window is drawn anew (labels placed for that size), not stretched.
class ChartSizeScope {
public:
    ChartSizeScope(QChartView *view, QSize size) : m_chart(view->chart()), m_old(m_chart->geometry()) {
        if (size.isValid() && QSizeF(size) != m_old.size()) {
            m_chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
            m_changed = true;
        }
    }
    ~ChartSizeScope() {
        if (m_changed) {
            m_chart->setGeometry(m_old);
        }
    }
    ChartSizeScope(const ChartSizeScope &) = delete;
    ChartSizeScope &operator=(const ChartSizeScope &) = delete;
    QRectF rect() const { return m_chart->geometry(); }

private:
    QChart *m_chart;
    QRectF m_old;
    bool m_changed = false;
};

// The view's own size unless another is asked for. A view never shown has not laid its chart out yet;
// ChartSizeScope lays it out at this size for the drawing either way.
QSize outputSize(QChartView *view, QSize size) {
    return size.isValid() && !size.isEmpty() ? size : view->size();
}

void paintChart(QChartView *view, QPainter *painter, const QRectF &target, QSize size) {
    const ChartSizeScope scope(view, size);
    view->scene()->render(painter, target, scope.rect(), Qt::KeepAspectRatio);
}

bool commit(QSaveFile &file, const QString &path, QString *error) {
    if (!file.commit()) {
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    error->clear();
    return true;
}

} // namespace

bool saveChartPng(QChartView *view, const QString &path, QString *error, QSize size) {
    const QSize pixels = outputSize(view, size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintChart(view, &painter, QRectF(QPointF(0, 0), QSizeF(pixels)), pixels);
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        *error = QObject::tr("Cannot write %1: the image could not be encoded").arg(path);
        return false;
    }
    return commit(file, path, error);
}

bool saveChartSvg(QChartView *view, const QString &path, QString *error, QSize size) {
    const QSize pixels = outputSize(view, size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(pixels);
    svg.setViewBox(QRect(QPoint(0, 0), pixels));
    svg.setTitle(view->chart()->title());
    svg.setDescription(view->accessibleName());
    QPainter painter;
    if (!painter.begin(&svg)) {
        file.cancelWriting();
        *error = QObject::tr("Cannot write %1: the drawing could not start").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(view, &painter, QRectF(QPointF(0, 0), QSizeF(pixels)), pixels);
    painter.end(); // writes the document
    return commit(file, path, error);
}

bool printChart(QChartView *view, QPrinter *printer, const QString &title, QString *error) {
    const QSize viewSize = outputSize(view, {});
    QPainter painter;
    if (!painter.begin(printer)) {
        *error = printer->outputFileName().isEmpty() ? QObject::tr("Cannot print: the printer did not start")
                                                     : QObject::tr("Cannot print to %1").arg(printer->outputFileName());
        return false;
    }
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRectF area(QPointF(0, 0), page.size());
    QFont font = painter.font();
    font.setPointSizeF(14);
    font.setBold(true);
    painter.setFont(font);
    const QRectF titleRect = painter.boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    const qreal gap = titleRect.height() / 2;
    const QRectF chartArea(area.left(), titleRect.bottom() + gap, area.width(),
                           area.height() - titleRect.height() - gap);
    // Laid out at the view's size (what the user sees, same proportions of text to chart), then scaled.
    paintChart(view, &painter, chartArea, viewSize);
    if (!painter.end()) {
        *error = QObject::tr("Cannot print: the printer failed while printing");
        return false;
    }
    error->clear();
    return true;
}

ChartOutputActions::ChartOutputActions(QChartView *view, const QString &title)
    : QObject(view), m_view(view), m_title(title), m_savePng(new QAction(tr("Save as PNG…"), this)),
      m_saveSvg(new QAction(tr("Save as SVG…"), this)), m_print(new QAction(tr("Print…"), this)) {
    m_choosePath = [view](const QString &caption, const QString &filter, const QString &name) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        return QFileDialog::getSaveFileName(view, caption, folder + QLatin1Char('/') + name, filter);
    };
    connect(m_savePng, &QAction::triggered, this, [this] { save(false); });
    connect(m_saveSvg, &QAction::triggered, this, [this] { save(true); });
    connect(m_print, &QAction::triggered, this, &ChartOutputActions::print);
    view->addAction(m_savePng);
    view->addAction(m_saveSvg);
    view->addAction(m_print);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

ChartOutputActions::~ChartOutputActions() = default;

void ChartOutputActions::save(bool svg) {
    QString name = m_title.isEmpty() ? tr("chart") : m_title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    const QString path =
        svg ? m_choosePath(tr("Save chart as SVG"), tr("SVG images (*.svg)"), name + QStringLiteral(".svg"))
            : m_choosePath(tr("Save chart as PNG"), tr("PNG images (*.png)"), name + QStringLiteral(".png"));
    if (path.isEmpty()) {
        return; // cancelled
    }
    QString error;
    const bool ok = svg ? saveChartSvg(m_view, path, &error) : saveChartPng(m_view, path, &error);
    report(ok, error, path);
}

void ChartOutputActions::print() {
    if (m_printer) {
        QString error;
        report(printChart(m_view, m_printer, m_title, &error), error, QString());
        return;
    }
    if (!m_previewPrinter) {
        m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
        // A chart is wider than tall: landscape fills the page, portrait leaves half of it empty.
        if (m_view->width() > m_view->height()) {
            m_previewPrinter->setPageOrientation(QPageLayout::Landscape);
        }
    }
    auto *preview = new QPrintPreviewDialog(m_previewPrinter.get(), m_view);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print %1").arg(m_title));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        QString error;
        if (!printChart(m_view, printer, m_title, &error)) {
            report(false, error, QString());
        }
    });
    preview->open();
}

void ChartOutputActions::report(bool ok, const QString &error, const QString &path) {
    if (ok) {
        if (path.isEmpty()) {
            emit printed();
        } else {
            emit saved(path);
        }
        return;
    }
    emit failed(error);
    if (m_showErrors) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Chart"), error, QMessageBox::Ok, m_view);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): no nested event loop under the chart's signals
    }
}

} // namespace corpcare::charts
