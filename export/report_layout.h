#pragma once

#include "export/report_print.h"

#include <QFont>
#include <QList>

#include <vector>

class QPaintDevice;

namespace corpcare::exports {

// How a PrintableReport sits on pages of one size: fonts, column widths and which rows go on which
// page. Computed before anything is painted, so that "Page N of M" knows M on page 1. All lengths are
// in the device's pixels.
class ReportLayout {
public:
    struct Page {
        qsizetype firstRow = 0;
        qsizetype rowCount = 0;
        bool totals = false; // the totals block ends this page
    };

    // Measures the columns on `device` (its resolution); pages are laid out for `pageSize`.
    ReportLayout(const PrintableReport &report, const QPaintDevice *device, QSizeF pageSize);

    // The table's width with every column at its natural width and the body font at its usual size.
    static qreal naturalTableWidth(const PrintableReport &report, const QPaintDevice *device);

    QFont titleFont, bodyFont, boldFont, smallFont;
    QList<qreal> columnWidths;
    QList<bool> rightAligned;
    qreal tableWidth = 0;
    qreal totalsRight = 0; // the totals line up under the last money column
    qreal rowHeight = 0;
    qreal titleBlockHeight = 0;  // title and header fields, first page only
    qreal runningHeadHeight = 0; // the title again, small, on the following pages
    qreal footerHeight = 0;
    qreal totalsHeight = 0;
    qreal padding = 0;
    std::vector<Page> pages;
};

} // namespace corpcare::exports
