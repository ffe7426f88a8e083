// Grouping benchmark (issue 4 target: charges of 100,000 users grouped by service within 1 s). The
// lines have the demo company's shape: every user a monthly fee, one or two paid services, calls, SMS
// and data, over 16 accounts and 17 services; the figures are ChargesReport::compute for each
// grouping, a drill into the largest group, and the table model taking the report. Not a test.
//
//   build/bench/charges_grouping [--users 100000]
#include "domain/charges_report.h"
#include "models/charges_model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace corpcare;

namespace {

QList<domain::BillItem> demoShapedCharges(int users) {
    QList<domain::BillItem> items;
    items.reserve(qsizetype(users) * 6);
    const QString currency = QStringLiteral("RUB");
    const auto add = [&](int user, domain::ChargeKind kind, const QString &name, int offering, qint64 minor) {
        domain::BillItem item;
        item.id = QString::number(items.size() + 1);
        item.isBilled = false;
        item.billingAccount = {QString::number(1 + user % 16), QStringLiteral("Account %1").arg(1 + user % 16)};
        item.product = {QString::number(1000000 + user),
                        QStringLiteral("+7 916 %1").arg(user, 7, 10, QLatin1Char('0'))};
        item.kind = kind;
        item.name = name;
        if (offering > 0) {
            item.offering = {QString::number(offering), name};
        }
        item.taxExcluded = domain::Money(minor, currency);
        item.taxIncluded = domain::Money(minor + minor / 5, currency);
        items.append(item);
    };
    const QStringList tariffs{QStringLiteral("Monthly fee: Business 500"), QStringLiteral("Monthly fee: Business 1000"),
                              QStringLiteral("Monthly fee: Business Start")};
    for (int user = 0; user < users; ++user) {
        add(user, domain::ChargeKind::Tariff, tariffs.at(user % 3), 0, 50000 + 10000 * (user % 3));
        add(user, domain::ChargeKind::Service, QStringLiteral("Service %1").arg(user % 12), 100 + user % 12, 20000);
        if (user % 3 == 0) {
            add(user, domain::ChargeKind::Service, QStringLiteral("Service %1").arg((user + 5) % 12),
                100 + (user + 5) % 12, 15000);
        }
        add(user, domain::ChargeKind::Calls, QStringLiteral("Calls"), 0, 100 + user % 9000);
        add(user, domain::ChargeKind::Sms, QStringLiteral("SMS"), 0, 150 * (user % 20));
        add(user, domain::ChargeKind::Data, QStringLiteral("Mobile data"), 0, 40 * (user % 300));
    }
    return items;
}

double millisecondsOf(const std::function<void()> &work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Service users."), QStringLiteral("n"),
                                         QStringLiteral("100000"));
    parser.addOption(usersOption);
    parser.addHelpOption();
    parser.process(app);
    const int users = parser.value(usersOption).toInt();

    const QList<domain::BillItem> items = demoShapedCharges(users);
    std::printf("charges_grouping: %d users, %lld lines\n", users, static_cast<long long>(items.size()));
    for (const auto &[grouping, name] :
         {std::pair{domain::ChargeGrouping::Service, "service"}, std::pair{domain::ChargeGrouping::Account, "account"},
          std::pair{domain::ChargeGrouping::ServiceUser, "service user"}}) {
        domain::ChargesReport report;
        const double compute = millisecondsOf([&] { report = domain::ChargesReport::compute(items, grouping); });
        models::ChargesModel model;
        const double show = millisecondsOf([&] { model.setReport(report); });
        domain::ChargesReport drilled;
        const double drill =
            millisecondsOf([&] { drilled = report.drill(0, domain::ChargesReport::drillTarget(report.grouping())); });
        std::printf("  by %-12s %7zu groups: grouped in %7.1f ms, model %6.1f ms, drill into the largest "
                    "(%lld lines) %6.1f ms\n",
                    name, report.groups().size(), compute, show, static_cast<long long>(drilled.items().size()), drill);
    }
    return 0;
}
