#include "domain/json/reader.h"

#include <QJsonArray>
#include <QLocale>
#include <QTime>

#include <cmath>

namespace corpcare::domain::json::detail {

namespace {

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Strictly "YYYY-MM-DD" and a day that exists.
QDate parseDate(QStringView text) {
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-')) {
        return {};
    }
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text[i])) {
            return {};
        }
    }
    return QDate(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

// "YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)": the profile writes Z; an explicit offset is converted to
// UTC. A date-time without a zone is ambiguous and rejected.
QDateTime parseDateTime(const QString &text) {
    if (text.size() < 20 || text[10] != QLatin1Char('T') || !parseDate(QStringView(text).left(10)).isValid()) {
        return {};
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        return {};
    }
    return parsed.toUTC();
}

bool isCurrencyCode(const QString &text) {
    if (text.size() != 3) {
        return false;
    }
    for (QChar c : text) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
            return false;
        }
    }
    return true;
}

QString quoted(const QString &text) {
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString numberText(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void ReadErrors::fail(const QString &path, const QString &message) {
    if (!m_error) {
        m_error = ParseError{path, message};
    }
}

QString describeType(QJsonValue::Type type) {
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

ObjectReader::ObjectReader(ReadErrors &errors, QJsonObject object, QString path)
    : m_errors(&errors), m_object(std::move(object)), m_path(std::move(path)) {}

QString ObjectReader::pathOf(QStringView key) const {
    if (key.isEmpty()) {
        return m_path;
    }
    if (m_path.isEmpty()) {
        return key.toString();
    }
    return m_path + QLatin1Char('.') + key;
}

void ObjectReader::fail(QStringView key, const QString &message) const {
    m_errors->fail(pathOf(key), message);
}

bool ObjectReader::has(QStringView key) const {
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

std::optional<QJsonValue> ObjectReader::typed(QStringView key, QJsonValue::Type type, bool required) const {
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || (!required && value.isNull())) {
        if (required) {
            fail(key, QStringLiteral("missing required field"));
        }
        return std::nullopt;
    }
    if (value.type() != type) {
        fail(key,
             QStringLiteral("expected ") + describeType(type) + QStringLiteral(", got ") + describeType(value.type()));
        return std::nullopt;
    }
    return value;
}

QString ObjectReader::string(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::String, true);
    return value ? value->toString() : QString();
}

QString ObjectReader::optionalString(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::String, false);
    return value ? value->toString() : QString();
}

QString ObjectReader::id(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::String, true);
    if (value && value->toString().isEmpty()) {
        fail(key, QStringLiteral("expected a non-empty id"));
        return {};
    }
    return value ? value->toString() : QString();
}

bool ObjectReader::boolean(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::Bool, true);
    return value && value->toBool();
}

double ObjectReader::number(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::Double, true);
    return value ? value->toDouble() : 0.0;
}

qint64 ObjectReader::integer(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::Double, true);
    if (!value) {
        return 0;
    }
    const double number = value->toDouble();
    constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53
    if (std::trunc(number) != number || std::fabs(number) > kLargestExactInteger) {
        fail(key, QStringLiteral("expected an integer, got ") + numberText(number));
        return 0;
    }
    return value->toInteger();
}

QDate ObjectReader::dateOf(QStringView key, const QJsonValue &value) const {
    const QDate date = parseDate(value.toString());
    if (!date.isValid()) {
        fail(key, QStringLiteral("expected a date YYYY-MM-DD, got ") + quoted(value.toString()));
    }
    return date;
}

QDate ObjectReader::date(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::String, true);
    return value ? dateOf(key, *value) : QDate();
}

std::optional<QDate> ObjectReader::optionalDate(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::String, false);
    if (!value) {
        return std::nullopt;
    }
    return dateOf(key, *value);
}

QDateTime ObjectReader::dateTimeOf(QStringView key, const QJsonValue &value) const {
    const QDateTime dateTime = parseDateTime(value.toString());
    if (!dateTime.isValid()) {
        fail(key, QStringLiteral("expected a date-time YYYY-MM-DDThh:mm:ssZ, got ") + quoted(value.toString()));
    }
    return dateTime;
}

QDateTime ObjectReader::dateTime(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::String, true);
    return value ? dateTimeOf(key, *value) : QDateTime();
}

QDateTime ObjectReader::optionalDateTime(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::String, false);
    return value ? dateTimeOf(key, *value) : QDateTime();
}

Money ObjectReader::money(QStringView key) const {
    const ObjectReader amount = object(key);
    const QString unit = amount.string(u"unit");
    if (!unit.isNull() && !isCurrencyCode(unit)) {
        amount.fail(u"unit", QStringLiteral("expected an ISO 4217 currency code, got ") + quoted(unit));
    }
    const QJsonValue value = amount.m_object.value(u"value");
    std::optional<qint64> minor;
    if (value.isDouble()) {
        minor = Money::minorFromJsonNumber(value.toDouble());
        if (!minor) {
            amount.fail(u"value", QStringLiteral("expected at most 2 decimals and a magnitude below 10^13, got ") +
                                      numberText(value.toDouble()));
        }
    } else if (value.isString()) {
        minor = Money::parseMinor(value.toString());
        if (!minor) {
            amount.fail(u"value", QStringLiteral("expected a decimal with at most 2 decimals and a magnitude below "
                                                 "10^13, got ") +
                                      quoted(value.toString()));
        }
    } else if (value.isUndefined()) {
        amount.fail(u"value", QStringLiteral("missing required field"));
    } else {
        amount.fail(u"value", QStringLiteral("expected a number, got ") + describeType(value.type()));
    }
    return Money(minor.value_or(0), unit);
}

std::optional<Money> ObjectReader::optionalMoney(QStringView key) const {
    if (!has(key)) {
        return std::nullopt;
    }
    return money(key);
}

DayPeriod ObjectReader::period(QStringView key) const {
    const ObjectReader period = object(key);
    const auto dayOf = [&period](QStringView bound) {
        const QDateTime at = period.dateTime(bound);
        if (at.isValid() && at.time() != QTime(0, 0)) {
            period.fail(bound, QStringLiteral("expected midnight UTC (a period bound is a whole day), got ") +
                                   quoted(period.m_object.value(bound).toString()));
            return QDate();
        }
        return at.date();
    };
    DayPeriod days;
    days.start = dayOf(u"startDateTime");
    days.end = dayOf(u"endDateTime");
    if (days.start.isValid() && days.end.isValid() && days.end < days.start) {
        period.fail(u"endDateTime", QStringLiteral("expected an end not before the start"));
    }
    return days;
}

Ref ObjectReader::ref(QStringView key) const {
    const ObjectReader target = object(key);
    Ref ref;
    ref.id = target.id(u"id");
    ref.name = target.optionalString(u"name");
    return ref;
}

Ref ObjectReader::optionalRef(QStringView key) const {
    return has(key) ? ref(key) : Ref();
}

QStringList ObjectReader::stringList(QStringView key) const {
    QStringList out;
    const std::optional<QJsonValue> value = typed(key, QJsonValue::Array, true);
    if (!value) {
        return out;
    }
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            m_errors->fail(pathOf(key) + QStringLiteral("[%1]").arg(i),
                           QStringLiteral("expected a string, got ") + describeType(element.type()));
            continue;
        }
        out.append(element.toString());
    }
    return out;
}

ObjectReader ObjectReader::object(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::Object, true);
    return ObjectReader(*m_errors, value ? value->toObject() : QJsonObject(), pathOf(key));
}

std::optional<ObjectReader> ObjectReader::optionalObject(QStringView key) const {
    const std::optional<QJsonValue> value = typed(key, QJsonValue::Object, false);
    if (!value) {
        return std::nullopt;
    }
    return ObjectReader(*m_errors, value->toObject(), pathOf(key));
}

QList<ObjectReader> ObjectReader::objectsOf(QStringView key, bool required) const {
    QList<ObjectReader> out;
    const std::optional<QJsonValue> value = typed(key, QJsonValue::Array, required);
    if (!value) {
        return out;
    }
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        const QString elementPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!element.isObject()) {
            m_errors->fail(elementPath, QStringLiteral("expected an object, got ") + describeType(element.type()));
            continue;
        }
        out.append(ObjectReader(*m_errors, element.toObject(), elementPath));
    }
    return out;
}

QList<ObjectReader> ObjectReader::objects(QStringView key) const {
    return objectsOf(key, true);
}

QList<ObjectReader> ObjectReader::optionalObjects(QStringView key) const {
    return objectsOf(key, false);
}

QString ObjectReader::unknownValueMessage(const QString &text) {
    return QStringLiteral("unknown value ") + quoted(text);
}

} // namespace corpcare::domain::json::detail
