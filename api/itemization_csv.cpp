#include "api/itemization_csv.h"

#include "domain/money.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <iterator>
#include <optional>
#include <vector>

namespace corpcare::api {

namespace {

enum Column {
    Id,
    Bill,
    Account,
    Product,
    Kind,
    Offering,
    PeriodStart,
    PeriodEnd,
    Date,
    TaxExcluded,
    TaxIncluded,
    Unit,
    ColumnCount
};
static_assert(std::size(kItemizationCsvColumns) == ColumnCount, "one name per column");

// Splits the body into records of fields (RFC 4180: commas, CRLF or LF, quoted fields with doubled
// quotes). Fields are views into the body; the few quoted fields with a doubled quote are unescaped
// into storage that lives as long as the reader.
class CsvReader {
public:
    explicit CsvReader(QByteArrayView body) : m_pos(body.data()), m_end(body.data() + body.size()) {}

    bool atEnd() const { return m_pos == m_end; }
    int line() const { return m_line; } // of the record read last

    // The next record's fields; false with *reason when a quote is not closed properly.
    bool read(std::vector<QByteArrayView> &fields, QString *reason) {
        fields.clear();
        m_line = m_nextLine;
        for (;;) {
            if (m_pos < m_end && *m_pos == '"') {
                if (!readQuoted(fields, reason)) {
                    return false;
                }
            } else {
                const char *start = m_pos;
                while (m_pos < m_end && *m_pos != ',' && *m_pos != '\n' && *m_pos != '\r') {
                    ++m_pos;
                }
                fields.emplace_back(start, m_pos - start);
            }
            if (m_pos == m_end) {
                return true;
            }
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == '\r') {
                ++m_pos;
            }
            if (m_pos < m_end && *m_pos == '\n') {
                ++m_pos;
            }
            ++m_nextLine;
            return true;
        }
    }

private:
    bool readQuoted(std::vector<QByteArrayView> &fields, QString *reason) {
        const char *start = ++m_pos;
        QByteArray *unescaped = nullptr;
        for (;;) {
            const char *quote = static_cast<const char *>(std::memchr(m_pos, '"', size_t(m_end - m_pos)));
            if (!quote) {
                *reason = QStringLiteral("a quoted field is not closed");
                return false;
            }
            m_nextLine += int(std::count(m_pos, quote, '\n'));
            if (quote + 1 < m_end && quote[1] == '"') { // a doubled quote: one quote of the text
                if (!unescaped) {
                    unescaped = &m_unescaped.emplace_back();
                }
                unescaped->append(m_pos, quote + 1 - m_pos);
                m_pos = quote + 2;
                continue;
            }
            if (unescaped) {
                unescaped->append(m_pos, quote - m_pos);
                fields.emplace_back(*unescaped);
            } else {
                fields.emplace_back(start, quote - start);
            }
            m_pos = quote + 1;
            if (m_pos < m_end && *m_pos != ',' && *m_pos != '\r' && *m_pos != '\n') {
                *reason = QStringLiteral("text follows a closing quote");
                return false;
            }
            return true;
        }
    }

    const char *m_pos;
    const char *m_end;
    int m_line = 0;
    int m_nextLine = 1;
    std::deque<QByteArray> m_unescaped;
};

// Distinct texts of a page: each stored once in the page, found again through a hash (and, first, the
// previous line's text of the same column: a line's neighbours mostly share its bill and product).
class TextTable {
public:
    explicit TextTable(QStringList *texts) : m_texts(texts) {}

    qint32 intern(QByteArrayView text) {
        const auto found = m_index.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (found != m_index.constEnd()) {
            return *found;
        }
        const auto index = qint32(m_texts->size());
        m_index.insert(text.toByteArray(), index);
        m_texts->append(QString::fromUtf8(text));
        return index;
    }

private:
    QStringList *m_texts;
    QHash<QByteArray, qint32> m_index;
};

struct LastText {
    QByteArrayView text;
    qint32 index = domain::ItemizationRow::kNone;
};

struct LastDate {
    QByteArrayView text;
    qint32 julianDay = 0;
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// "2026-10-01" -> Julian day; nullopt unless exactly YYYY-MM-DD and a real day.
std::optional<qint32> parseDate(QByteArrayView text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    for (const int at : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(text[at])) {
            return std::nullopt;
        }
    }
    const auto number = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    if (!date.isValid()) {
        return std::nullopt;
    }
    return qint32(date.toJulianDay());
}

// Exact decimal text -> minor units, Money::parseMinor's grammar over bytes: [+-] digit+ ['.' digit{1,2}],
// below 10^13 units. Answers the reason when the text is not such an amount.
std::optional<qint64> parseMinor(QByteArrayView text, QString *reason) {
    constexpr int kMaxIntegerDigits = 13;
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        negative = text[pos] == '-';
        ++pos;
    }
    qint64 units = 0;
    int significantDigits = 0;
    const qsizetype integerStart = pos;
    for (; pos < text.size() && isDigit(text[pos]); ++pos) {
        const int digit = text[pos] - '0';
        if ((significantDigits > 0 || digit != 0) && ++significantDigits > kMaxIntegerDigits) {
            *reason = QStringLiteral("is too large an amount");
            return std::nullopt;
        }
        units = units * 10 + digit;
    }
    if (pos == integerStart) {
        *reason = QStringLiteral("is not an amount");
        return std::nullopt;
    }
    qint64 fraction = 0;
    int decimals = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        for (; pos < text.size() && isDigit(text[pos]); ++pos) {
            if (++decimals > domain::Money::kMinorDigits) {
                *reason = QStringLiteral("has more than two decimals");
                return std::nullopt;
            }
            fraction = fraction * 10 + (text[pos] - '0');
        }
        if (decimals == 0) {
            *reason = QStringLiteral("is not an amount");
            return std::nullopt;
        }
    }
    if (pos != text.size()) {
        *reason = QStringLiteral("is not an amount");
        return std::nullopt;
    }
    for (; decimals < domain::Money::kMinorDigits; ++decimals) {
        fraction *= 10;
    }
    const qint64 minor = units * domain::Money::kMinorPerUnit + fraction;
    return negative ? -minor : minor;
}

std::optional<domain::ChargeKind> parseKind(QByteArrayView text) {
    using domain::ChargeKind;
    if (text == QByteArrayView("tariff")) {
        return ChargeKind::Tariff;
    }
    if (text == QByteArrayView("service")) {
        return ChargeKind::Service;
    }
    if (text == QByteArrayView("calls")) {
        return ChargeKind::Calls;
    }
    if (text == QByteArrayView("sms")) {
        return ChargeKind::Sms;
    }
    if (text == QByteArrayView("data")) {
        return ChargeKind::Data;
    }
    return std::nullopt;
}

// A plain decimal id ("1042": no sign, no leading zero, at most 18 digits) as its number; else -1.
qint64 idNumber(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 18 || (text[0] == '0' && text.size() > 1)) {
        return -1;
    }
    qint64 value = 0;
    for (const char c : text) {
        if (!isDigit(c)) {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

class PageParser {
public:
    explicit PageParser(QByteArrayView body) : m_reader(body), m_texts(&m_page.texts) {}

    // Room for the lines of the page: a line is 70 to 90 bytes.
    void reserveFor(QByteArrayView body) { m_page.rows.reserve(body.size() / 70); }

    domain::ItemizationPage parse(QString *error) {
        if (!readHeader(error)) {
            return {};
        }
        while (!m_reader.atEnd()) {
            QString reason;
            if (!m_reader.read(m_fields, &reason)) {
                *error = QStringLiteral("line %1: %2").arg(QString::number(m_reader.line()), reason);
                return {};
            }
            if (m_fields.size() == 1 && m_fields.front().isEmpty()) {
                continue; // an empty line (the last line's CRLF twice)
            }
            if (m_fields.size() != m_headerFields) {
                *error = QStringLiteral("line %1 has %2 fields, the header line %3")
                             .arg(QString::number(m_reader.line()), QString::number(m_fields.size()),
                                  QString::number(m_headerFields));
                return {};
            }
            if (!readRow(error)) {
                return {};
            }
        }
        return std::move(m_page);
    }

private:
    bool readHeader(QString *error) {
        QString reason;
        if (m_reader.atEnd()) {
            *error = QStringLiteral("the page has no header line");
            return false;
        }
        if (!m_reader.read(m_fields, &reason)) {
            *error = QStringLiteral("line 1: %1").arg(reason);
            return false;
        }
        const QByteArrayView first = m_fields.front().trimmed();
        if (first.startsWith('[') || first.startsWith('{')) {
            *error = QStringLiteral("the server answered JSON instead of CSV: it does not offer the CSV list");
            return false;
        }
        m_headerFields = m_fields.size();
        m_position.fill(-1);
        for (qsizetype field = 0; field < qsizetype(m_fields.size()); ++field) {
            for (int column = 0; column < ColumnCount; ++column) {
                if (m_position[size_t(column)] < 0 && m_fields[size_t(field)] == kItemizationCsvColumns[column]) {
                    m_position[size_t(column)] = field;
                }
            }
        }
        for (int column = 0; column < ColumnCount; ++column) {
            if (m_position[size_t(column)] < 0) {
                *error = QStringLiteral("the header line has no column %1")
                             .arg(QLatin1StringView(kItemizationCsvColumns[column]));
                return false;
            }
        }
        return true;
    }

    QByteArrayView field(Column column) const { return m_fields[size_t(m_position[size_t(column)])]; }

    bool fail(Column column, const QString &reason, QString *error) const {
        const QByteArrayView text = field(column);
        *error = QStringLiteral("line %1, column %2: \"%3\" %4")
                     .arg(QString::number(m_reader.line()), QLatin1StringView(kItemizationCsvColumns[column]),
                          QString::fromUtf8(text.first(qMin<qsizetype>(text.size(), 40))), reason);
        return false;
    }

    // An id column: empty answers kNone when `optional`, else an error.
    bool readId(Column column, bool optional, qint32 *index, QString *error) {
        const QByteArrayView text = field(column);
        LastText &last = m_last[size_t(column)];
        if (last.index != domain::ItemizationRow::kNone && text == last.text) {
            *index = last.index;
            return true;
        }
        if (text.isEmpty()) {
            if (!optional) {
                return fail(column, QStringLiteral("is empty"), error);
            }
            *index = domain::ItemizationRow::kNone;
            return true;
        }
        *index = m_texts.intern(text);
        last = {text, *index};
        return true;
    }

    bool readDate(Column column, qint32 *julianDay, QString *error) {
        const QByteArrayView text = field(column);
        LastDate &last = m_lastDate[size_t(column)];
        if (!last.text.isEmpty() && text == last.text) {
            *julianDay = last.julianDay;
            return true;
        }
        const auto day = parseDate(text);
        if (!day) {
            return fail(column, QStringLiteral("is not a date (YYYY-MM-DD)"), error);
        }
        last = {text, *day};
        *julianDay = *day;
        return true;
    }

    bool readAmount(Column column, qint64 *minor, QString *error) {
        QString reason;
        const auto value = parseMinor(field(column), &reason);
        if (!value) {
            return fail(column, reason, error);
        }
        *minor = *value;
        return true;
    }

    bool readRow(QString *error) {
        domain::ItemizationRow row;
        const QByteArrayView id = field(Id);
        row.idNumber = idNumber(id);
        if (row.idNumber < 0 && !readId(Id, false, &row.idText, error)) {
            return false;
        }
        const auto kind = parseKind(field(Kind));
        if (!kind) {
            return fail(Kind, QStringLiteral("is not a charge kind (tariff, service, calls, sms, data)"), error);
        }
        row.kind = *kind;
        if (!readId(Bill, true, &row.bill, error) || !readId(Account, false, &row.account, error) ||
            !readId(Product, false, &row.product, error) || !readId(Offering, true, &row.offering, error) ||
            !readId(Unit, false, &row.currency, error) || !readDate(PeriodStart, &row.periodStart, error) ||
            !readDate(PeriodEnd, &row.periodEnd, error) || !readDate(Date, &row.date, error) ||
            !readAmount(TaxExcluded, &row.taxExcluded, error) || !readAmount(TaxIncluded, &row.taxIncluded, error)) {
            return false;
        }
        m_page.rows.append(row);
        return true;
    }

    CsvReader m_reader;
    domain::ItemizationPage m_page;
    TextTable m_texts;
    std::vector<QByteArrayView> m_fields;
    size_t m_headerFields = 0;
    std::array<qsizetype, ColumnCount> m_position{};
    std::array<LastText, ColumnCount> m_last{};
    std::array<LastDate, ColumnCount> m_lastDate{};
};

} // namespace

domain::ItemizationPage parseItemizationCsv(QByteArrayView body, QString *error) {
    error->clear();
    PageParser parser(body);
    parser.reserveFor(body);
    return parser.parse(error);
}

} // namespace corpcare::api
