#pragma once

// Helpers of the report delivery tests: the request bodies, waiting for a delivery to end, and reading
// the attachments back the way their readers would (openpyxl for XLSX, pdftotext for PDF).
#include "support/https_client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace corpcare::tests::delivery {

inline const QString kMessages = QStringLiteral("/tmf-api/communicationManagement/v4/communicationMessage");
inline const QString kSchedules = QStringLiteral("/corporate/v1/deliverySchedule");

// The body bytes of a JSON object, as the requests send it.
QByteArray compact(const QJsonObject &object);

QJsonObject request(const QString &channel, const QString &kind, const QString &accountId, const QString &billId,
                    const QString &format, const QJsonArray &receivers);
QJsonArray emails(const QStringList &addresses);

// GETs the delivery until its state is "completed" (or 20 s); the last answer.
QJsonObject waitUntilCompleted(HttpsClient &client, const QByteArray &token, const QString &id);

// minor units of a decimal text "184.50" / "-0.05"
qint64 centsOf(const QString &decimal);
// The cells of the sheet as read_xlsx.py prints them; empty with *error on failure.
QJsonArray xlsxCells(const QByteArray &xlsx, QString *error);
// pdftotext -layout of the document; empty with *error on failure.
QString pdfText(const QByteArray &pdf, QString *error);

} // namespace corpcare::tests::delivery
