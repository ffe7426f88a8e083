#pragma once

#include <QObject>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QChartView;
class QPrinter;
QT_END_NAMESPACE

namespace corpcare::charts {

// Saving and printing a chart as it is drawn. Files are written atomically (QSaveFile): on failure the
// error says why and nothing is left at the path. `size` empty = the view's own size.
bool saveChartPng(QChartView *view, const QString &path, QString *error, QSize size = {});
bool saveChartSvg(QChartView *view, const QString &path, QString *error, QSize size = {});

// Prints the chart on one page of `printer`: `title` as a line at the top, the chart below it scaled
// to the rest of the page, its proportions kept.
bool printChart(QChartView *view, QPrinter *printer, const QString &title, QString *error);

// "Save as PNG…", "Save as SVG…" and "Print…" in a chart's context menu (the view owns this object).
// The file dialog and the print preview are the defaults; tests and commands replace them with seams.
class ChartOutputActions : public QObject {
    Q_OBJECT
public:
    // Asked for the path to save to: (dialog caption, name filter, suggested file name) -> path; an
    // empty path means the user cancelled.
    using PathChooser = std::function<QString(const QString &caption, const QString &filter, const QString &name)>;

    ChartOutputActions(QChartView *view, const QString &title);
    ~ChartOutputActions() override;

    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }
    QAction *printAction() const { return m_print; }

    void setTitle(const QString &title) { m_title = title; }
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    // Print straight to this printer instead of showing the print preview (not owned).
    void setPrinter(QPrinter *printer) { m_printer = printer; }
    // Whether a failure is also shown in a message box (on by default; a test turns it off).
    void setShowErrors(bool show) { m_showErrors = show; }

signals:
    void saved(const QString &path);
    void printed();
    void failed(const QString &message);

private:
    void save(bool svg);
    void print();
    void report(bool ok, const QString &error, const QString &path);

    QChartView *m_view;
    QString m_title;
    QAction *m_savePng;
    QAction *m_saveSvg;
    QAction *m_print;
    PathChooser m_choosePath;
    QPrinter *m_printer = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter; // kept: the next print starts with the user's last choices
    bool m_showErrors = true;
};

} // namespace corpcare::charts
