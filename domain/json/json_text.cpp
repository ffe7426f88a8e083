#include "domain/json/json_text.h"

namespace corpcare::domain::json::detail {

void JsonText::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasElements.empty()) {
        if (m_hasElements.back()) {
            m_out->append(',');
        }
        m_hasElements.back() = true;
    }
}

JsonText &JsonText::beginObject() {
    beforeValue();
    m_out->append('{');
    m_hasElements.push_back(false);
    return *this;
}

JsonText &JsonText::endObject() {
    m_out->append('}');
    m_hasElements.pop_back();
    return *this;
}

JsonText &JsonText::beginArray() {
    beforeValue();
    m_out->append('[');
    m_hasElements.push_back(false);
    return *this;
}

JsonText &JsonText::endArray() {
    m_out->append(']');
    m_hasElements.pop_back();
    return *this;
}

JsonText &JsonText::key(const char *name) {
    if (m_hasElements.back()) {
        m_out->append(',');
    }
    m_hasElements.back() = true;
    m_out->append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

void JsonText::appendEscaped(QStringView text) {
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out->append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out->append('\\').append(c);
        } else if (byte < 0x20) {
            m_out->append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 0xF]);
        } else {
            m_out->append(c); // UTF-8 passes as it is: JSON text is UTF-8
        }
    }
    m_out->append('"');
}

JsonText &JsonText::string(QStringView text) {
    beforeValue();
    appendEscaped(text);
    return *this;
}

JsonText &JsonText::number(qint64 value) {
    beforeValue();
    m_out->append(QByteArray::number(value));
    return *this;
}

JsonText &JsonText::boolean(bool value) {
    beforeValue();
    m_out->append(value ? "true" : "false");
    return *this;
}

JsonText &JsonText::date(QDate date) {
    beforeValue();
    m_out->append('"').append(date.toString(Qt::ISODate).toLatin1()).append('"');
    return *this;
}

JsonText &JsonText::money(const Money &money) {
    beginObject();
    key("unit").string(money.currency());
    key("value");
    beforeValue();
    // The exact decimal, shortest form (650, 12.5, -0.05): the same number Money::toJsonNumber gives.
    QString decimal = money.toDecimalString();
    while (decimal.contains(QLatin1Char('.')) &&
           (decimal.endsWith(QLatin1Char('0')) || decimal.endsWith(QLatin1Char('.')))) {
        decimal.chop(1);
    }
    if (decimal == QLatin1String("-0")) {
        decimal = QStringLiteral("0");
    }
    m_out->append(decimal.toLatin1());
    return endObject();
}

JsonText &JsonText::ref(const Ref &ref, Resource kind, ReferredType referredType) {
    beginObject();
    key("id").string(ref.id);
    key("href").string(hrefFor(kind, ref.id));
    if (!ref.name.isEmpty()) {
        key("name").string(ref.name);
    }
    if (referredType == ReferredType::Write) {
        key("@referredType").string(tmfTypeName(kind));
    }
    return endObject();
}

} // namespace corpcare::domain::json::detail
