#include "support/delivery_client.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace corpcare::tests::delivery {

namespace {

// The output of a program run on the bytes written to a temporary file.
QByteArray runOnFile(const QString &program, QStringList arguments, const QString &fileName, const QByteArray &content,
                     QString *error) {
    QTemporaryDir directory;
    const QString path = directory.filePath(fileName); // openpyxl goes by the extension
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write ") + path;
        return {};
    }
    file.close();
    arguments.replaceInStrings(QStringLiteral("{file}"), path);
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = program + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject request(const QString &channel, const QString &kind, const QString &accountId, const QString &billId,
                    const QString &format, const QJsonArray &receivers) {
    QJsonObject report{{QStringLiteral("kind"), kind},
                       {QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), accountId}}}};
    if (!billId.isEmpty()) {
        report.insert(QStringLiteral("bill"), QJsonObject{{QStringLiteral("id"), billId}});
    }
    return {{QStringLiteral("@type"), QStringLiteral("ReportDelivery")},
            {QStringLiteral("messageType"), channel},
            {QStringLiteral("report"), report},
            {QStringLiteral("format"), format},
            {QStringLiteral("receiver"), receivers}};
}

QJsonArray emails(const QStringList &addresses) {
    QJsonArray out;
    for (const QString &address : addresses) {
        out.append(QJsonObject{{QStringLiteral("email"), address}});
    }
    return out;
}

QJsonObject waitUntilCompleted(HttpsClient &client, const QByteArray &token, const QString &id) {
    QDeadlineTimer deadline(20000);
    QJsonObject last;
    while (!deadline.hasExpired()) {
        last = client.get(kMessages + QLatin1Char('/') + id, token).object();
        if (last.value(QStringLiteral("state")).toString() == QLatin1String("completed")) {
            return last;
        }
        QTest::qWait(50); // the sink in this process answers the relay meanwhile
    }
    return last;
}

qint64 centsOf(const QString &decimal) {
    const bool negative = decimal.startsWith(QLatin1Char('-'));
    const QStringList parts = decimal.mid(negative ? 1 : 0).split(QLatin1Char('.'));
    const qint64 cents =
        parts.value(0).toLongLong() * 100 + parts.value(1).leftJustified(2, QLatin1Char('0')).toLongLong();
    return negative ? -cents : cents;
}

QJsonArray xlsxCells(const QByteArray &xlsx, QString *error) {
    const QString script =
        QDir(qEnvironmentVariable("CORPCARE_SOURCE_DIR")).filePath(QStringLiteral("tests/export/read_xlsx.py"));
    const QByteArray out = runOnFile(QStringLiteral("/usr/bin/python3"), {script, QStringLiteral("{file}")},
                                     QStringLiteral("report.xlsx"), xlsx, error);
    return QJsonDocument::fromJson(out).object().value(QStringLiteral("cells")).toArray();
}

QString pdfText(const QByteArray &pdf, QString *error) {
    return QString::fromUtf8(runOnFile(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), QStringLiteral("{file}"), QStringLiteral("-")},
                                       QStringLiteral("report.pdf"), pdf, error));
}

} // namespace corpcare::tests::delivery
