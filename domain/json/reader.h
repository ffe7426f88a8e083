#pragma once

// Private to domain/json: a JSON object reader that knows its path ("accountBalance[0].amount") and
// reports the first problem of a whole read as a ParseError. Reads after a problem return empty
// values and are not reported; the caller returns errors.finish(value) at the end.

#include "domain/json/wire_names.h"
#include "domain/money.h"
#include "domain/party.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace corpcare::domain::json::detail {

// The first problem found in one read (the one a user fixes first).
class ReadErrors {
public:
    void fail(const QString &path, const QString &message);
    bool failed() const { return m_error.has_value(); }

    template <typename T>
    Result<T> finish(T value) const {
        if (m_error) {
            return *m_error;
        }
        return Result<T>(std::move(value));
    }

private:
    std::optional<ParseError> m_error;
};

// A whole-day period [start, end) read from {startDateTime, endDateTime}.
struct DayPeriod {
    QDate start;
    QDate end;
};

class ObjectReader {
public:
    ObjectReader(ReadErrors &errors, QJsonObject object, QString path = {});

    const QString &path() const { return m_path; }
    // The object as it is: for free-form parts such as an audit record's before and after.
    const QJsonObject &raw() const { return m_object; }
    QString pathOf(QStringView key) const;
    ReadErrors &errors() const { return *m_errors; }
    // Reports a problem with the field at key (or with this object when key is empty).
    void fail(QStringView key, const QString &message) const;

    // Present and not null. Optional fields that are null count as absent.
    bool has(QStringView key) const;

    QString string(QStringView key) const;
    QString optionalString(QStringView key) const; // absent or null: a null QString
    QString id(QStringView key) const;             // a non-empty string
    bool boolean(QStringView key) const;
    double number(QStringView key) const;
    qint64 integer(QStringView key) const;
    QDate date(QStringView key) const; // "YYYY-MM-DD"
    std::optional<QDate> optionalDate(QStringView key) const;
    QDateTime dateTime(QStringView key) const; // ISO 8601 with Z or an offset; answered in UTC
    QDateTime optionalDateTime(QStringView key) const;
    Money money(QStringView key) const; // {"unit", "value"}: value a number or a decimal string
    std::optional<Money> optionalMoney(QStringView key) const;
    DayPeriod period(QStringView key) const; // both bounds at midnight UTC
    Ref ref(QStringView key) const;          // {"id", "name"?}; href and @referredType are not read
    Ref optionalRef(QStringView key) const;  // absent or null: an empty Ref
    QStringList stringList(QStringView key) const;

    ObjectReader object(QStringView key) const;
    std::optional<ObjectReader> optionalObject(QStringView key) const;
    // Readers for the elements of an array of objects (path "key[i]").
    QList<ObjectReader> objects(QStringView key) const;
    QList<ObjectReader> optionalObjects(QStringView key) const; // absent or null: none

    template <typename Enum>
    Enum enumeration(QStringView key) const {
        if (const std::optional<QJsonValue> value = typed(key, QJsonValue::String, true)) {
            if (const std::optional<Enum> known = wire::fromWire<Enum>(value->toString())) {
                return *known;
            }
            fail(key, unknownValueMessage(value->toString()));
        }
        return Enum{};
    }

private:
    // The value at key if it has the expected type. A missing value is reported when required; a
    // value of another type (null included, for required fields) is always reported.
    std::optional<QJsonValue> typed(QStringView key, QJsonValue::Type type, bool required) const;
    QList<ObjectReader> objectsOf(QStringView key, bool required) const;
    QDate dateOf(QStringView key, const QJsonValue &value) const;
    QDateTime dateTimeOf(QStringView key, const QJsonValue &value) const;
    static QString unknownValueMessage(const QString &text);

    ReadErrors *m_errors;
    QJsonObject m_object;
    QString m_path;
};

// "a string", "an object", "null": how messages name a JSON value's type.
QString describeType(QJsonValue::Type type);

} // namespace corpcare::domain::json::detail
