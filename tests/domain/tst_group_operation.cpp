// The preview of a group operation: what is sent for whom, and who is left out and why, before anything
// reaches the server (issue 5: catalogue rules, lines' state, permission).
#include "domain/group_operation.h"

#include <QTest>

using namespace corpcare::domain;

namespace {

ProductOffering offering(const QString &id, const QString &name, OfferingKind kind) {
    ProductOffering out;
    out.id = id;
    out.name = name;
    out.kind = kind;
    return out;
}

Catalogue catalogue() {
    Catalogue out;
    out.insert(QStringLiteral("1"),
               offering(QStringLiteral("1"), QStringLiteral("Business 500"), OfferingKind::Tariff));
    out.insert(QStringLiteral("2"),
               offering(QStringLiteral("2"), QStringLiteral("Business 1000"), OfferingKind::Tariff));
    out.insert(QStringLiteral("3"), offering(QStringLiteral("3"), QStringLiteral("Data Only"), OfferingKind::Tariff));
    ProductOffering old = offering(QStringLiteral("4"), QStringLiteral("Old tariff"), OfferingKind::Tariff);
    old.isSellable = false;
    out.insert(old.id, old);
    ProductOffering roaming = offering(QStringLiteral("12"), QStringLiteral("Roaming"), OfferingKind::Service);
    roaming.incompatibleTariffs = {{QStringLiteral("3"), QStringLiteral("Data Only")}};
    out.insert(roaming.id, roaming);
    out.insert(QStringLiteral("13"),
               offering(QStringLiteral("13"), QStringLiteral("Voicemail"), OfferingKind::Service));
    return out;
}

ServiceUser line(const QString &id, const QString &tariff, const QStringList &services,
                 ProductStatus status = ProductStatus::Active) {
    ServiceUser out;
    out.id = id;
    out.msisdn = QStringLiteral("7916000000") + id.right(1);
    out.tariff = {tariff, catalogue().value(tariff).name};
    out.status = status;
    for (const QString &service : services) {
        ServiceProduct product;
        product.id = id + QLatin1Char('-') + service;
        product.offering = {service, catalogue().value(service).name};
        out.services.append(product);
    }
    return out;
}

QStringList leftOutIds(const OrderPreview &preview) {
    QStringList ids;
    for (const LeftOut &one : preview.leftOut) {
        ids.append(one.productId);
    }
    return ids;
}

} // namespace

class TestGroupOperation : public QObject {
    Q_OBJECT

private slots:
    void preview_tariffChangeAndRemoveRoaming_oneItemALineWithBoth() {
        GroupOperation operation;
        operation.newTariff = QStringLiteral("2");
        operation.removeServices = {QStringLiteral("12")};
        const OrderPreview preview =
            previewOrder(operation,
                         {line(QStringLiteral("1"), QStringLiteral("1"), {QStringLiteral("12")}),
                          line(QStringLiteral("2"), QStringLiteral("1"), {QStringLiteral("13")})},
                         catalogue(), true);
        QVERIFY(preview.canSend());
        QCOMPARE(preview.items.size(), 2);
        const ProductOrderItem &first = preview.items.at(0);
        QCOMPARE(first.product.id, QStringLiteral("1"));
        QCOMPARE(first.newTariff->id, QStringLiteral("2"));
        QCOMPARE(first.services.size(), 1);
        QCOMPARE(first.services.first().action, ServiceChange::Action::Delete);
        QCOMPARE(first.services.first().product, QStringLiteral("1-12"));
        QCOMPARE(preview.items.at(1).services.size(), 0); // no roaming to remove: only the tariff changes
        QCOMPARE(preview.items.at(1).id, QStringLiteral("2"));
    }

    void preview_addIncompatibleService_lineLeftOutWithReason() {
        GroupOperation operation;
        operation.addServices = {QStringLiteral("12")};
        const OrderPreview preview = previewOrder(
            operation,
            {line(QStringLiteral("1"), QStringLiteral("3"), {}), line(QStringLiteral("2"), QStringLiteral("1"), {}),
             line(QStringLiteral("3"), QStringLiteral("1"), {QStringLiteral("12")})},
            catalogue(), true);
        QCOMPARE(preview.items.size(), 1);
        QCOMPARE(preview.items.first().product.id, QStringLiteral("2"));
        QCOMPARE(leftOutIds(preview), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QVERIFY(preview.leftOut.front().reason.contains(QStringLiteral("Roaming")));
        QCOMPARE(preview.leftOut.back().reason, QStringLiteral("nothing to change")); // already has it
    }

    void preview_moveToTariffThatExcludesAKeptService_leftOut() {
        GroupOperation operation;
        operation.newTariff = QStringLiteral("3");
        const OrderPreview preview = previewOrder(
            operation, {line(QStringLiteral("1"), QStringLiteral("1"), {QStringLiteral("12")})}, catalogue(), true);
        QVERIFY(!preview.canSend());
        QCOMPARE(leftOutIds(preview), QStringList{QStringLiteral("1")});
        operation.removeServices = {QStringLiteral("12")}; // removing it in the same order makes it fine
        QVERIFY(previewOrder(operation, {line(QStringLiteral("1"), QStringLiteral("1"), {QStringLiteral("12")})},
                             catalogue(), true)
                    .canSend());
    }

    void preview_suspend_alreadySuspendedLeftOut() {
        GroupOperation operation;
        operation.newStatus = ProductStatus::Suspended;
        const OrderPreview preview =
            previewOrder(operation,
                         {line(QStringLiteral("1"), QStringLiteral("1"), {}, ProductStatus::Suspended),
                          line(QStringLiteral("2"), QStringLiteral("1"), {})},
                         catalogue(), true);
        QCOMPARE(preview.items.size(), 1);
        QCOMPARE(preview.items.first().newStatus, std::optional(ProductStatus::Suspended));
        QCOMPARE(preview.leftOut.front().reason, QStringLiteral("already suspended"));
    }

    void preview_refusals_noSelectionNoPermissionUnknownOrUnsellableTariff() {
        GroupOperation operation;
        operation.newTariff = QStringLiteral("2");
        const QList<ServiceUser> one{line(QStringLiteral("1"), QStringLiteral("1"), {})};
        QVERIFY(!previewOrder(operation, {}, catalogue(), true).refusal.isEmpty());
        QVERIFY(previewOrder(operation, one, catalogue(), false).refusal.contains(QStringLiteral("changeProducts")));
        operation.newTariff = QStringLiteral("99");
        QVERIFY(previewOrder(operation, one, catalogue(), true).refusal.contains(QStringLiteral("no longer exists")));
        operation.newTariff = QStringLiteral("4");
        QVERIFY(!previewOrder(operation, one, catalogue(), true).canSend());
        QVERIFY(!previewOrder(GroupOperation{}, one, catalogue(), true).canSend());
    }

    void orderFor_preview_carriesItemsAndTheIdempotencyKey() {
        GroupOperation operation;
        operation.newStatus = ProductStatus::Suspended;
        operation.description = QStringLiteral("Suspend");
        const OrderPreview preview =
            previewOrder(operation, {line(QStringLiteral("1"), QStringLiteral("1"), {})}, catalogue(), true);
        const ProductOrder order = orderFor(preview, operation, QStringLiteral("corpcare-x"));
        QCOMPARE(order.externalId, QStringLiteral("corpcare-x"));
        QCOMPARE(order.items, preview.items);
        QCOMPARE(order.description, QStringLiteral("Suspend"));
    }
};

QTEST_GUILESS_MAIN(TestGroupOperation)
#include "tst_group_operation.moc"
