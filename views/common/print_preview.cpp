#include "views/common/print_preview.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace corpcare::views {

namespace {
QString &nextPdfAnswer() {
    static QString answer;
    return answer;
}
} // namespace

QPrintPreviewDialog *openPrintPreview(exports::PrintableReport report,
                                      std::shared_ptr<const exports::TableSource> table, QWidget *parent) {
    report.table = table.get();
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QObject::tr("Print %1").arg(report.title));
    QPrinter *printer = dialog->printer();
    printer->setResolution(600); // the printer's own, not the screen's: fonts measured as they print
    printer->setDocName(report.title);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    printer->setPageOrientation(exports::preferredOrientation(report, printer));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [dialog, report, table](QPrinter *target) {
        QString error;
        if (!exports::printReport(report, target, &error)) {
            QMessageBox::warning(dialog, QObject::tr("Print"), error);
        }
    });
    dialog->open();
    return dialog;
}

QString askPdfPath(QWidget *parent, const QString &suggestedName) {
    if (!nextPdfAnswer().isEmpty()) {
        return std::exchange(nextPdfAnswer(), QString());
    }
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save as PDF"), QDir::home().filePath(suggestedName),
                                        QObject::tr("PDF (*.pdf)"));
}

void answerNextPdfDialogWith(const QString &path) {
    nextPdfAnswer() = path;
}

} // namespace corpcare::views
