#include "domain/search.h"

#include "domain/effective_threshold.h"
#include "domain/json/wire_names.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace corpcare::domain {

namespace {

// Threshold levels as saved searches spell them.
QString levelName(ThresholdState state) {
    switch (state) {
    case ThresholdState::OverFirst:
        return QStringLiteral("overFirst");
    case ThresholdState::OverSecond:
        return QStringLiteral("overSecond");
    case ThresholdState::Below:
        return QStringLiteral("below");
    case ThresholdState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<ThresholdState> levelFromName(const QString &name) {
    for (ThresholdState state :
         {ThresholdState::Unknown, ThresholdState::Below, ThresholdState::OverFirst, ThresholdState::OverSecond}) {
        if (levelName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

QJsonObject moneyObject(const Money &money) {
    // The decimal as text: a saved search is read back exactly, whatever the JSON library does to numbers.
    return {{QStringLiteral("unit"), money.currency()}, {QStringLiteral("value"), money.toDecimalString()}};
}

std::optional<Money> moneyFrom(const QJsonValue &value) {
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue amount = object.value(QStringLiteral("value"));
    std::optional<qint64> minor;
    if (amount.isString()) {
        minor = Money::parseMinor(amount.toString());
    } else if (amount.isDouble()) {
        minor = Money::minorFromJsonNumber(amount.toDouble());
    }
    if (!minor) {
        return std::nullopt;
    }
    return Money(*minor, object.value(QStringLiteral("unit")).toString());
}

bool readStrings(const QJsonObject &object, const QString &key, QStringList *out, QString *error) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isArray()) {
        *error = QStringLiteral("\"%1\" is not a list").arg(key);
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *error = QStringLiteral("\"%1\" holds something that is not a text").arg(key);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

template <typename Enum, typename Parse>
bool readEnums(const QJsonObject &object, const QString &key, QList<Enum> *out, QString *error, Parse parse) {
    QStringList names;
    if (!readStrings(object, key, &names, error)) {
        return false;
    }
    for (const QString &name : names) {
        const std::optional<Enum> value = parse(name);
        if (!value) {
            *error = QStringLiteral("\"%1\" holds the unknown value \"%2\"").arg(key, name);
            return false;
        }
        out->append(*value);
    }
    return true;
}

bool isNumberPunctuation(QChar c) {
    return c == QLatin1Char('+') || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
           c == QLatin1Char(')') || c == QLatin1Char('.');
}

QString joinNames(const QStringList &ids, const UserSearch::NameOf &nameOf) {
    QStringList names;
    for (const QString &id : ids) {
        const QString name = nameOf ? nameOf(id) : QString();
        names.append(name.isEmpty() ? id : name);
    }
    return names.join(QCoreApplication::translate("UserSearch", " or "));
}

} // namespace

bool UserSearch::isEmpty() const {
    return tariffIds.isEmpty() && statuses.isEmpty() && servicesAll.isEmpty() && servicesNone.isEmpty() &&
           departmentIds.isEmpty() && accountIds.isEmpty() && thresholdStates.isEmpty() && !chargesMin && !chargesMax &&
           text.trimmed().isEmpty();
}

QJsonObject UserSearch::toJson() const {
    QJsonObject object;
    const auto putStrings = [&object](const QString &key, const QStringList &values) {
        if (!values.isEmpty()) {
            object.insert(key, QJsonArray::fromStringList(values));
        }
    };
    putStrings(QStringLiteral("tariffs"), tariffIds);
    QStringList statusNames;
    for (ProductStatus status : statuses) {
        statusNames.append(wire::toWire(status));
    }
    putStrings(QStringLiteral("statuses"), statusNames);
    putStrings(QStringLiteral("servicesAll"), servicesAll);
    putStrings(QStringLiteral("servicesNone"), servicesNone);
    putStrings(QStringLiteral("departments"), departmentIds);
    putStrings(QStringLiteral("accounts"), accountIds);
    QStringList levels;
    for (ThresholdState state : thresholdStates) {
        levels.append(levelName(state));
    }
    putStrings(QStringLiteral("thresholdStates"), levels);
    if (chargesMin) {
        object.insert(QStringLiteral("chargesMin"), moneyObject(*chargesMin));
    }
    if (chargesMax) {
        object.insert(QStringLiteral("chargesMax"), moneyObject(*chargesMax));
    }
    if (!text.isEmpty()) {
        object.insert(QStringLiteral("text"), text);
    }
    return object;
}

std::optional<UserSearch> UserSearch::fromJson(const QJsonObject &object, QString *error) {
    QString problem;
    UserSearch search;
    bool ok = readStrings(object, QStringLiteral("tariffs"), &search.tariffIds, &problem) &&
              readEnums(object, QStringLiteral("statuses"), &search.statuses, &problem,
                        [](const QString &name) { return wire::fromWire<ProductStatus>(name); }) &&
              readStrings(object, QStringLiteral("servicesAll"), &search.servicesAll, &problem) &&
              readStrings(object, QStringLiteral("servicesNone"), &search.servicesNone, &problem) &&
              readStrings(object, QStringLiteral("departments"), &search.departmentIds, &problem) &&
              readStrings(object, QStringLiteral("accounts"), &search.accountIds, &problem) &&
              readEnums(object, QStringLiteral("thresholdStates"), &search.thresholdStates, &problem, levelFromName);
    for (const auto &[key, bound] : {std::pair{QStringLiteral("chargesMin"), &search.chargesMin},
                                     std::pair{QStringLiteral("chargesMax"), &search.chargesMax}}) {
        if (ok && object.contains(key)) {
            *bound = moneyFrom(object.value(key));
            if (!*bound) {
                problem = QStringLiteral("\"%1\" is not an amount of money").arg(key);
                ok = false;
            }
        }
    }
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (ok && !text.isUndefined() && !text.isString()) {
        problem = QStringLiteral("\"text\" is not a text");
        ok = false;
    }
    if (!ok) {
        if (error) {
            *error = problem;
        }
        return std::nullopt;
    }
    search.text = text.toString();
    return search;
}

QString UserSearch::summary(const Names &names) const {
    QStringList parts;
    if (!tariffIds.isEmpty()) {
        parts.append(QCoreApplication::translate("UserSearch", "tariff %1").arg(joinNames(tariffIds, names.offering)));
    }
    if (!statuses.isEmpty()) {
        QStringList words;
        for (ProductStatus status : statuses) {
            words.append(status == ProductStatus::Active ? QCoreApplication::translate("UserSearch", "active")
                         : status == ProductStatus::Suspended
                             ? QCoreApplication::translate("UserSearch", "suspended")
                             : QCoreApplication::translate("UserSearch", "status unknown"));
        }
        parts.append(words.join(QCoreApplication::translate("UserSearch", " or ")));
    }
    for (const QString &id : servicesAll) {
        parts.append(QCoreApplication::translate("UserSearch", "has %1").arg(joinNames({id}, names.offering)));
    }
    for (const QString &id : servicesNone) {
        parts.append(QCoreApplication::translate("UserSearch", "has no %1").arg(joinNames({id}, names.offering)));
    }
    if (!departmentIds.isEmpty()) {
        parts.append(
            QCoreApplication::translate("UserSearch", "in %1").arg(joinNames(departmentIds, names.organization)));
    }
    if (!accountIds.isEmpty()) {
        parts.append(QCoreApplication::translate("UserSearch", "account %1").arg(joinNames(accountIds, names.account)));
    }
    if (!thresholdStates.isEmpty()) {
        QStringList words;
        for (ThresholdState state : thresholdStates) {
            words.append(
                state == ThresholdState::OverSecond ? QCoreApplication::translate("UserSearch", "over second threshold")
                : state == ThresholdState::OverFirst ? QCoreApplication::translate("UserSearch", "over first threshold")
                : state == ThresholdState::Below
                    ? QCoreApplication::translate("UserSearch", "below thresholds")
                    : QCoreApplication::translate("UserSearch", "threshold state unknown"));
        }
        parts.append(words.join(QCoreApplication::translate("UserSearch", " or ")));
    }
    if (chargesMin && chargesMax) {
        parts.append(QCoreApplication::translate("UserSearch", "charges %1–%2 %3")
                         .arg(chargesMin->toDecimalString(), chargesMax->toDecimalString(), chargesMax->currency())
                         .trimmed());
    } else if (chargesMin) {
        parts.append(QCoreApplication::translate("UserSearch", "charges ≥ %1 %2")
                         .arg(chargesMin->toDecimalString(), chargesMin->currency())
                         .trimmed());
    } else if (chargesMax) {
        parts.append(QCoreApplication::translate("UserSearch", "charges ≤ %1 %2")
                         .arg(chargesMax->toDecimalString(), chargesMax->currency())
                         .trimmed());
    }
    if (!text.trimmed().isEmpty()) {
        parts.append(QStringLiteral("“%1”").arg(text.trimmed()));
    }
    return parts.isEmpty() ? QCoreApplication::translate("UserSearch", "all users") : parts.join(QStringLiteral(" · "));
}

SearchText::SearchText(const QString &text) : lower(text.trimmed().toLower()) {
    bool numberLike = !lower.isEmpty();
    for (QChar c : std::as_const(lower)) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (!isNumberPunctuation(c)) {
            numberLike = false;
            break;
        }
    }
    if (!numberLike) {
        digits.clear();
    }
}

QString SearchText::haystackOf(const QString &msisdn, const QString &name) {
    return QString(msisdn + QLatin1Char('\n') + formatMsisdn(msisdn) + QLatin1Char('\n') + name).toLower();
}

bool SearchText::matches(const QString &msisdn, const QString &name) const {
    if (isEmpty()) {
        return true;
    }
    if (!digits.isEmpty() && msisdn.contains(digits)) {
        return true;
    }
    return haystackOf(msisdn, name).contains(lower);
}

bool chargesInRange(const std::optional<Money> &charges, const std::optional<Money> &min,
                    const std::optional<Money> &max) {
    if (!min && !max) {
        return true;
    }
    if (!charges) {
        return false;
    }
    const auto comparable = [&charges](const Money &bound) {
        return bound.currency().isEmpty() || charges->currency().isEmpty() || bound.currency() == charges->currency();
    };
    if (min && (!comparable(*min) || charges->minor() < min->minor())) {
        return false;
    }
    if (max && (!comparable(*max) || charges->minor() > max->minor())) {
        return false;
    }
    return true;
}

SearchMatcher::SearchMatcher(const UserSearch &search, QStringList departmentsWithSubtrees)
    : m_search(search), m_departments(std::move(departmentsWithSubtrees)), m_text(search.text) {}

bool SearchMatcher::matches(const ServiceUser &user, ThresholdState state) const {
    const UserSearch &s = m_search;
    if (!s.tariffIds.isEmpty() && !s.tariffIds.contains(user.tariff.id)) {
        return false;
    }
    if (!s.statuses.isEmpty() && !s.statuses.contains(user.status)) {
        return false;
    }
    const auto hasService = [&user](const QString &offeringId) {
        return std::any_of(user.services.begin(), user.services.end(),
                           [&offeringId](const ServiceProduct &service) { return service.offering.id == offeringId; });
    };
    if (!std::all_of(s.servicesAll.begin(), s.servicesAll.end(), hasService) ||
        std::any_of(s.servicesNone.begin(), s.servicesNone.end(), hasService)) {
        return false;
    }
    if (!s.departmentIds.isEmpty() && !m_departments.contains(user.department.id)) {
        return false;
    }
    if (!s.accountIds.isEmpty() && !s.accountIds.contains(user.billingAccount.id)) {
        return false;
    }
    if (!s.thresholdStates.isEmpty() &&
        std::none_of(s.thresholdStates.begin(), s.thresholdStates.end(),
                     [state](ThresholdState level) { return isAtLeast(state, level); })) {
        return false;
    }
    if (!chargesInRange(user.currentCharges, s.chargesMin, s.chargesMax)) {
        return false;
    }
    return m_text.matches(user.msisdn, user.user.name);
}

} // namespace corpcare::domain
