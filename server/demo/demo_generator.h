#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace corpcare::server::demo {

struct DemoOptions {
    int users = 2000;
    quint64 seed = 1;
    QDate today; // the demo's "now": bills run up to the month before, unbilled charges up to today
    QString password = QStringLiteral("corpcare-demo");
};

struct DemoPortalUser {
    QString login;
    QString password;
    QString role;
    QString scope; // what he sees, in words
};

struct DemoSummary {
    QList<DemoPortalUser> portalUsers;
    qint64 accounts = 0;
    qint64 products = 0;
    qint64 bills = 0;
    qint64 billItems = 0;
    qint64 payments = 0;
};

inline constexpr int kMaxDemoUsers = 1'000'000;

// Writes a new demo company to path (deterministic for users, seed and today; see
// docs/api-profile.md §7). Builds it in a side file and renames it into place, so an interrupted run
// never leaves a half database behind. Returns false and says why on failure.
bool generateDemoDatabase(const QString &path, const DemoOptions &options, DemoSummary *summary, QString *error);

} // namespace corpcare::server::demo
