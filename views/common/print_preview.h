#pragma once

#include "export/report_print.h"

#include <memory>

class QPrintPreviewDialog;
class QWidget;

namespace corpcare::views {

// Opens a print preview of the report (not modal, deleted when closed); printing from it paints the
// pages that exportPdf saves. The dialog keeps `table` alive and prints from it, whatever report.table
// said. A preview of tens of thousands of rows takes as long as printing them.
QPrintPreviewDialog *openPrintPreview(exports::PrintableReport report,
                                      std::shared_ptr<const exports::TableSource> table, QWidget *parent);

// Asks where to save a PDF, suggesting `suggestedName` in the home folder; empty when cancelled.
QString askPdfPath(QWidget *parent, const QString &suggestedName);

// Test seam: the next askPdfPath() returns `path` at once, without a dialog.
void answerNextPdfDialogWith(const QString &path);

} // namespace corpcare::views
