#pragma once

// Private to domain/json: JSON written straight to UTF-8 text, for the collections the server sends
// by the hundred thousand. Building QJsonObjects and serialising them costs about three times as much
// (perf: two thirds of a 1,000-line product page). Writers that use it still offer their QJsonObject
// form by parsing this text, so there is one writer per shape and the profile's examples test it.

#include "domain/json/paths.h"
#include "domain/money.h"
#include "domain/party.h"

#include <QByteArray>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringView>

#include <vector>

namespace corpcare::domain::json::detail {

class JsonText {
public:
    explicit JsonText(QByteArray *out) : m_out(out) {}

    JsonText &beginObject();
    JsonText &endObject();
    JsonText &beginArray();
    JsonText &endArray();
    // The next member's name (an ASCII literal: our own field names need no escaping).
    JsonText &key(const char *name);

    JsonText &string(QStringView text);
    JsonText &number(qint64 value);
    JsonText &boolean(bool value);
    JsonText &date(QDate date);          // "YYYY-MM-DD"
    JsonText &money(const Money &money); // {"unit","value"} with the exact decimal
    enum class ReferredType { Write, Omit };
    // {"id","href","name"?,"@referredType"?}
    JsonText &ref(const Ref &ref, Resource kind, ReferredType referredType = ReferredType::Write);

private:
    void beforeValue(); // the comma between elements, unless a key was just written
    void appendEscaped(QStringView text);

    QByteArray *m_out;
    std::vector<bool> m_hasElements; // one entry per open object or array
    bool m_afterKey = false;
};

// The QJsonObject form of a value whose one writer writes JSON text: that text, parsed.
template <typename T, typename Writer>
QJsonObject objectFromText(const T &value, Writer write) {
    QByteArray text;
    JsonText json(&text);
    write(json, value);
    return QJsonDocument::fromJson(text).object();
}

} // namespace corpcare::domain::json::detail
