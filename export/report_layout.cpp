#include "export/report_layout.h"

#include <QFontMetricsF>
#include <QPaintDevice>

#include <cmath>

namespace corpcare::exports {

namespace {

constexpr qreal kBodyPoints = 9;
constexpr qreal kSmallestBodyPoints = 6;
constexpr qreal kPaddingMm = 1.5;
constexpr qreal kShrinkableFloorMm = 20; // a text column is elided rather than squeezed below this
constexpr qsizetype kTextSampleRows = 2000;

qreal millimetres(const QPaintDevice *device, qreal mm) {
    return mm * device->logicalDpiY() / 25.4;
}

bool isNumber(CellKind kind) {
    return kind == CellKind::Money || kind == CellKind::Integer;
}

QFont bodyFontOf(qreal points) {
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    return font;
}

// What each column needs: numbers by their widest and narrowest values over every row (digits share
// one width, so these two are the widest texts), text and dates by a sample of rows (a longer text is
// elided). `floor` is as narrow as a column may be squeezed: numbers and dates never are.
struct ColumnNeeds {
    QList<qreal> natural;
    QList<qreal> floor;
};

ColumnNeeds measureColumns(const PrintableReport &report, qreal points, const QPaintDevice *device) {
    const QList<ExportColumn> columns = report.table->columns();
    const qsizetype rows = report.table->rowCount();
    QFont bold = bodyFontOf(points);
    bold.setBold(true);
    const QFontMetricsF body(bodyFontOf(points), device);
    const QFontMetricsF header(bold, device);
    const qreal padding = 2 * millimetres(device, kPaddingMm);
    const qsizetype stride = qMax<qsizetype>(1, rows / kTextSampleRows);
    ColumnNeeds needs;
    for (int column = 0; column < columns.size(); ++column) {
        const ExportColumn &kind = columns.at(column);
        qreal content = 0;
        if (isNumber(kind.kind)) {
            qint64 lowest = 0;
            qint64 highest = 0;
            for (qsizetype row = 0; row < rows; ++row) {
                const qint64 value = report.table->value(row, column).toLongLong();
                lowest = qMin(lowest, value);
                highest = qMax(highest, value);
            }
            content = qMax(body.horizontalAdvance(printedCellText(lowest, kind, report.locale)),
                           body.horizontalAdvance(printedCellText(highest, kind, report.locale)));
        } else {
            for (qsizetype row = 0; row < rows; row += stride) {
                content = qMax(content, body.horizontalAdvance(
                                            printedCellText(report.table->value(row, column), kind, report.locale)));
            }
        }
        const qreal natural = qMax(content, header.horizontalAdvance(kind.title)) + padding;
        needs.natural.append(natural);
        const bool squeezable = kind.kind == CellKind::Text;
        needs.floor.append(squeezable ? qMin(natural, millimetres(device, kShrinkableFloorMm)) : natural);
    }
    return needs;
}

qreal sum(const QList<qreal> &values) {
    qreal total = 0;
    for (qreal value : values) {
        total += value;
    }
    return total;
}

// Natural widths fitted to `available`: spare room spread over all columns in proportion; a shortage
// taken from the text columns first, and only when they are at their floor from every column.
QList<qreal> fitWidths(const ColumnNeeds &needs, qreal available) {
    QList<qreal> widths = needs.natural;
    const qreal natural = sum(widths);
    if (natural <= available) {
        for (qreal &width : widths) {
            width *= available / natural;
        }
        return widths;
    }
    qreal squeezable = 0;
    for (int i = 0; i < widths.size(); ++i) {
        squeezable += needs.natural.at(i) - needs.floor.at(i);
    }
    const qreal shortage = natural - available;
    const qreal share = squeezable > 0 ? qMin<qreal>(1, shortage / squeezable) : 0;
    for (int i = 0; i < widths.size(); ++i) {
        widths[i] -= (needs.natural.at(i) - needs.floor.at(i)) * share;
    }
    const qreal squeezed = sum(widths);
    if (squeezed > available) {
        for (qreal &width : widths) {
            width *= available / squeezed;
        }
    }
    return widths;
}

} // namespace

qreal ReportLayout::naturalTableWidth(const PrintableReport &report, const QPaintDevice *device) {
    return sum(measureColumns(report, kBodyPoints, device).natural);
}

ReportLayout::ReportLayout(const PrintableReport &report, const QPaintDevice *device, QSizeF pageSize) {
    // A table that cannot fit even with its text columns squeezed gets a smaller font, down to 6 pt.
    qreal points = kBodyPoints;
    ColumnNeeds needs = measureColumns(report, points, device);
    const qreal floorWidth = sum(needs.floor);
    if (floorWidth > pageSize.width()) {
        points = qMax(kSmallestBodyPoints, std::floor(kBodyPoints * pageSize.width() / floorWidth * 2) / 2);
        needs = measureColumns(report, points, device);
    }
    bodyFont = bodyFontOf(points);
    boldFont = bodyFont;
    boldFont.setBold(true);
    titleFont = bodyFontOf(kBodyPoints * 16 / 9);
    titleFont.setBold(true);
    smallFont = bodyFontOf(qMin<qreal>(points, 8));

    columnWidths = fitWidths(needs, pageSize.width());
    tableWidth = sum(columnWidths);
    totalsRight = tableWidth;
    qreal right = 0;
    const QList<ExportColumn> columns = report.table->columns();
    for (int column = 0; column < columns.size(); ++column) {
        rightAligned.append(isNumber(columns.at(column).kind));
        right += columnWidths.at(column);
        if (columns.at(column).kind == CellKind::Money) {
            totalsRight = right;
        }
    }

    const QFontMetricsF body(bodyFont, device);
    const QFontMetricsF title(titleFont, device);
    const QFontMetricsF small(smallFont, device);
    padding = millimetres(device, kPaddingMm);
    rowHeight = std::ceil(body.height() * 1.45);
    titleBlockHeight =
        title.height() * 1.5 + qreal(report.headerFields.size()) * body.height() * 1.35 + millimetres(device, 5);
    runningHeadHeight = small.height() * 2;
    footerHeight = small.height() * 2.5;
    totalsHeight = report.totals.isEmpty() ? 0 : millimetres(device, 2) + qreal(report.totals.size()) * rowHeight;

    // Rows page by page; the totals go after the last row, on a page of their own if they do not fit.
    const qreal bottom = pageSize.height() - footerHeight;
    const qsizetype rows = report.table->rowCount();
    qsizetype row = 0;
    while (true) {
        Page page;
        page.firstRow = row;
        qreal y = pages.empty() ? titleBlockHeight : runningHeadHeight;
        if (row < rows || pages.empty()) {
            y += rowHeight; // the column header
            const auto fitting = qMax<qsizetype>(1, qsizetype((bottom - y) / rowHeight));
            page.rowCount = qMin(fitting, rows - row);
            row += page.rowCount;
            y += qreal(page.rowCount) * rowHeight;
        }
        // A page of totals alone always takes them, however tall they are: the loop must end.
        page.totals = row == rows && (y + totalsHeight <= bottom || page.rowCount == 0);
        pages.push_back(page);
        if (page.totals) {
            break;
        }
    }
}

} // namespace corpcare::exports
