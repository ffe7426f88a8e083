#include "export/report_print.h"

#include "domain/money_text.h"
#include "export/report_layout.h"

#include <QDate>
#include <QFontMetricsF>
#include <QHash>
#include <QObject>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace corpcare::exports {

namespace {

const QColor kInk(0, 0, 0);
const QColor kGrey(90, 90, 90);
const QColor kHeaderFill(226, 226, 226);
const QColor kStripe(244, 244, 244);
constexpr qreal kMarginMm = 12;

// Text widths from each character's advance, remembered per font: measuring every cell by shaping it
// (and shaping it again to draw it) took half the time of a long report. Digits, separators and
// currency signs have no kerning, so numbers still line up exactly; a text near its column's edge is
// measured exactly before it is elided.
class CharacterWidths {
public:
    CharacterWidths(const QFont &font, const QPaintDevice *device) : m_metrics(font, device) {}
    const QFontMetricsF &metrics() const { return m_metrics; }
    qreal width(const QString &text) {
        qreal total = 0;
        for (const QChar character : text) {
            auto advance = m_advances.constFind(character.unicode());
            if (advance == m_advances.constEnd()) {
                advance = m_advances.insert(character.unicode(), m_metrics.horizontalAdvance(character));
            }
            total += advance.value();
        }
        return total;
    }

private:
    QFontMetricsF m_metrics;
    QHash<char16_t, qreal> m_advances;
};

// Paints one report page after page, following a ReportLayout.
class ReportPainter {
public:
    ReportPainter(const PrintableReport &report, const ReportLayout &layout, QPainter *painter)
        : m_report(report), m_layout(layout), m_painter(painter), m_columns(report.table->columns()),
          m_pageWidth(painter->device()->width()), m_pageHeight(painter->device()->height()),
          m_body(layout.bodyFont, painter->device()), m_bold(layout.boldFont, painter->device()) {}

    void paintPage(int index) {
        const ReportLayout::Page &page = m_layout.pages.at(size_t(index));
        qreal y = index == 0 ? paintTitleBlock() : paintRunningHead();
        if (index == 0 || page.rowCount > 0) {
            y = paintColumnHeader(y);
        }
        y = paintRows(y, page.firstRow, page.rowCount);
        if (page.totals) {
            paintTotals(y);
        }
        paintFooter(index + 1, int(m_layout.pages.size()));
    }

private:
    qreal paintTitleBlock() {
        m_painter->setPen(kInk);
        m_painter->setFont(m_layout.titleFont);
        const QFontMetricsF title(m_layout.titleFont, m_painter->device());
        m_painter->drawText(QPointF(0, title.ascent()), m_report.title);
        qreal y = title.height() * 1.5;
        const QFontMetricsF body(m_layout.bodyFont, m_painter->device());
        qreal labelWidth = 0;
        for (const ReportField &field : m_report.headerFields) {
            labelWidth = qMax(labelWidth, QFontMetricsF(m_layout.boldFont, m_painter->device())
                                              .horizontalAdvance(field.label + QLatin1Char(':')));
        }
        for (const ReportField &field : m_report.headerFields) {
            m_painter->setFont(m_layout.boldFont);
            m_painter->drawText(QPointF(0, y + body.ascent()), field.label + QLatin1Char(':'));
            m_painter->setFont(m_layout.bodyFont);
            m_painter->drawText(QPointF(labelWidth + 2 * m_layout.padding, y + body.ascent()), field.value);
            y += body.height() * 1.35;
        }
        return m_layout.titleBlockHeight;
    }

    qreal paintRunningHead() {
        m_painter->setPen(kGrey);
        m_painter->setFont(m_layout.smallFont);
        const QFontMetricsF small(m_layout.smallFont, m_painter->device());
        m_painter->drawText(QPointF(0, small.ascent()), m_report.title);
        return m_layout.runningHeadHeight;
    }

    qreal paintColumnHeader(qreal y) {
        m_painter->fillRect(QRectF(0, y, m_layout.tableWidth, m_layout.rowHeight), kHeaderFill);
        m_painter->setPen(kInk);
        m_painter->setFont(m_layout.boldFont);
        qreal x = 0;
        for (int column = 0; column < m_columns.size(); ++column) {
            paintCell(m_bold, x, y, column, m_columns.at(column).title);
            x += m_layout.columnWidths.at(column);
        }
        m_painter->drawLine(QPointF(0, y + m_layout.rowHeight), QPointF(m_layout.tableWidth, y + m_layout.rowHeight));
        return y + m_layout.rowHeight;
    }

    qreal paintRows(qreal y, qsizetype first, qsizetype count) {
        m_painter->setFont(m_layout.bodyFont);
        for (qsizetype row = first; row < first + count; ++row) {
            if (row % 2 == 1) {
                m_painter->fillRect(QRectF(0, y, m_layout.tableWidth, m_layout.rowHeight), kStripe);
            }
            qreal x = 0;
            for (int column = 0; column < m_columns.size(); ++column) {
                paintCell(m_body, x, y, column,
                          printedCellText(m_report.table->value(row, column), m_columns.at(column), m_report.locale));
                x += m_layout.columnWidths.at(column);
            }
            y += m_layout.rowHeight;
        }
        return y;
    }

    // One cell's text on its baseline: numbers against the right edge, the rest from the left, elided
    // when longer than the column (a width is needed for both, so no text layout is done).
    void paintCell(CharacterWidths &widths, qreal x, qreal y, int column, const QString &text) {
        const QFontMetricsF &metrics = widths.metrics();
        const qreal room = m_layout.columnWidths.at(column) - 2 * m_layout.padding;
        QString shown = text;
        qreal width = widths.width(shown);
        if (width > room * 0.97) {
            width = metrics.horizontalAdvance(shown);
            if (width > room) {
                shown = metrics.elidedText(text, Qt::ElideRight, room);
                width = metrics.horizontalAdvance(shown);
            }
        }
        const qreal left =
            m_layout.rightAligned.at(column) ? x + m_layout.padding + room - width : x + m_layout.padding;
        const qreal baseline = y + (m_layout.rowHeight + metrics.ascent() - metrics.descent()) / 2;
        m_painter->drawText(QPointF(left, baseline), shown);
    }

    void paintTotals(qreal y) {
        if (m_report.totals.isEmpty()) {
            return;
        }
        const QFontMetricsF bold(m_layout.boldFont, m_painter->device());
        m_painter->setPen(kInk);
        m_painter->drawLine(QPointF(0, y), QPointF(m_layout.tableWidth, y));
        y += m_layout.totalsHeight - qreal(m_report.totals.size()) * m_layout.rowHeight;
        QStringList amounts;
        qreal amountWidth = 0;
        for (const ReportTotal &total : m_report.totals) {
            amounts.append(domain::formatMoney(total.amount, m_report.locale));
            amountWidth = qMax(amountWidth, bold.horizontalAdvance(amounts.last()));
        }
        m_painter->setFont(m_layout.boldFont);
        const qreal right = m_layout.totalsRight - m_layout.padding;
        const qreal baselineOffset = (m_layout.rowHeight + bold.ascent() - bold.descent()) / 2;
        for (int i = 0; i < m_report.totals.size(); ++i) {
            const QString label = m_report.totals.at(i).label + QLatin1Char(':');
            const qreal baseline = y + baselineOffset;
            m_painter->drawText(
                QPointF(right - amountWidth - 3 * m_layout.padding - bold.horizontalAdvance(label), baseline), label);
            m_painter->drawText(QPointF(right - bold.horizontalAdvance(amounts.at(i)), baseline), amounts.at(i));
            y += m_layout.rowHeight;
        }
    }

    void paintFooter(int page, int pages) {
        m_painter->setPen(kGrey);
        m_painter->setFont(m_layout.smallFont);
        const QFontMetricsF small(m_layout.smallFont, m_painter->device());
        const qreal baseline = m_pageHeight - small.descent();
        const QString number = QObject::tr("Page %1 of %2").arg(page).arg(pages);
        m_painter->drawText(QPointF(m_pageWidth - small.horizontalAdvance(number), baseline), number);
        const qreal noteRoom = m_pageWidth - small.horizontalAdvance(number) - 4 * m_layout.padding;
        m_painter->drawText(QPointF(0, baseline), small.elidedText(m_report.footerNote, Qt::ElideRight, noteRoom));
    }

    const PrintableReport &m_report;
    const ReportLayout &m_layout;
    QPainter *m_painter;
    QList<ExportColumn> m_columns;
    qreal m_pageWidth;
    qreal m_pageHeight;
    CharacterWidths m_body;
    CharacterWidths m_bold;
};

} // namespace

QString printedCellText(const QVariant &value, const ExportColumn &column, const QLocale &locale) {
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (column.kind) {
    case CellKind::Money:
        return domain::formatMoney(domain::Money(value.toLongLong(), column.currency), locale);
    case CellKind::Integer:
        return locale.toString(value.toLongLong());
    case CellKind::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case CellKind::Percent:
        return domain::formatPercent(int(value.toLongLong()), locale);
    case CellKind::Text:
        break;
    }
    return value.toString();
}

QPageLayout::Orientation preferredOrientation(const PrintableReport &report, QPagedPaintDevice *device) {
    QPageLayout portrait = device->pageLayout();
    portrait.setOrientation(QPageLayout::Portrait);
    const qreal width = portrait.paintRectPixels(device->logicalDpiX()).width();
    return report.table && ReportLayout::naturalTableWidth(report, device) > width ? QPageLayout::Landscape
                                                                                   : QPageLayout::Portrait;
}

bool renderReport(const PrintableReport &report, QPagedPaintDevice *device, QString *error) {
    if (!report.table) {
        *error = QObject::tr("The report has no table to print");
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        *error = QObject::tr("Cannot print on this device");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    const ReportLayout layout(report, device, QSizeF(device->width(), device->height()));
    ReportPainter pages(report, layout, &painter);
    for (int page = 0; page < int(layout.pages.size()); ++page) {
        if (page > 0 && !device->newPage()) {
            *error = QObject::tr("Cannot start page %1").arg(page + 1);
            return false;
        }
        pages.paintPage(page);
    }
    if (!painter.end()) {
        *error = QObject::tr("Cannot finish printing");
        return false;
    }
    return true;
}

bool printReport(const PrintableReport &report, QPrinter *printer, QString *error) {
    return renderReport(report, printer, error);
}

bool exportPdf(const PrintableReport &report, const QString &path, QString *error) {
    QSaveFile file(path); // a temporary file beside `path`, renamed over it on commit()
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("CorpCare"));
        writer.setTitle(report.title);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
        writer.setPageOrientation(preferredOrientation(report, &writer));
        if (!renderReport(report, &writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) { // a full disk shows here at the latest: the temporary file is removed
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace corpcare::exports
