#include "server/resources/bill_item_csv.h"

#include "domain/money.h"
#include "server/store/sqlite.h"

#include <QDate>

#include <cstring>

namespace corpcare::server::resources {

store::Statement billItemPage(store::Database &db, const PageRequest &page, const QString &columns,
                              const QString &joins) {
    const bool narrowed =
        page.filters.contains(QStringLiteral("bill.id")) || page.filters.contains(QStringLiteral("product.id"));
    query::WhereClause where = page.where;
    if (!narrowed && page.firstId > 0) {
        where.add(QStringLiteral("r.id >= ?"), {page.firstId});
    }
    const PageRequest request{where, page.offset, page.limit, page.caller, page.filters, page.firstId};
    return queryPage(db,
                     QStringLiteral("SELECT %1 FROM bill_item r %2 %3 ")
                         .arg(columns, narrowed ? QString() : QStringLiteral("NOT INDEXED"), joins),
                     QStringLiteral("r.id"), request);
}

QByteArray billItemsCsvHeader() {
    return QByteArrayLiteral("id,bill.id,billingAccount.id,product.id,chargeKind,productOffering.id,"
                             "periodCoverage.startDateTime,periodCoverage.endDateTime,date,"
                             "taxExcludedAmount.value,taxIncludedAmount.value,taxIncludedAmount.unit\r\n");
}

namespace {

static_assert(domain::Money::kMinorDigits == 2, "the CSV writer spells two decimals");

// The longest line without its texts: five ids of up to 20 digits, three dates, two amounts of up to
// 21 characters, the commas and CRLF.
constexpr qsizetype kMaxFixedLine = 5 * 20 + 3 * 10 + 2 * 21 + 11 + 2;

char *writeUnsigned(char *out, quint64 value) {
    char digits[20];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (count > 0) {
        *out++ = digits[--count];
    }
    return out;
}

char *writeInteger(char *out, qint64 value) {
    if (value < 0) {
        *out++ = '-';
        return writeUnsigned(out, quint64(0) - quint64(value));
    }
    return writeUnsigned(out, quint64(value));
}

// "184.50", "-0.05": exact decimal text of minor units, as Money::toDecimalString spells it.
char *writeMoney(char *out, qint64 minor) {
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    if (minor < 0) {
        *out++ = '-';
    }
    out = writeUnsigned(out, magnitude / 100);
    *out++ = '.';
    *out++ = char('0' + magnitude % 100 / 10);
    *out++ = char('0' + magnitude % 10);
    return out;
}

// A text field, quoted (RFC 4180) only when it holds a comma, a quote or a line break.
char *writeText(char *out, QByteArrayView text) {
    const bool quote = text.contains(',') || text.contains('"') || text.contains('\r') || text.contains('\n');
    if (!quote) {
        std::memcpy(out, text.data(), size_t(text.size()));
        return out + text.size();
    }
    *out++ = '"';
    for (const char c : text) {
        if (c == '"') {
            *out++ = '"';
        }
        *out++ = c;
    }
    *out++ = '"';
    return out;
}

// YYYY-MM-DD of a Julian day; the lines of a page share a handful of dates, so the last one is kept.
class DateText {
public:
    char *write(char *out, qint64 julianDay) {
        if (julianDay != m_day) {
            m_day = julianDay;
            const QDate date = QDate::fromJulianDay(julianDay);
            if (date.isValid() && date.year() >= 1 && date.year() <= 9999) {
                char *p = m_text;
                const int year = date.year();
                const int month = date.month();
                const int day = date.day();
                *p++ = char('0' + year / 1000);
                *p++ = char('0' + year / 100 % 10);
                *p++ = char('0' + year / 10 % 10);
                *p++ = char('0' + year % 10);
                *p++ = '-';
                *p++ = char('0' + month / 10);
                *p++ = char('0' + month % 10);
                *p++ = '-';
                *p++ = char('0' + day / 10);
                *p++ = char('0' + day % 10);
                m_size = int(p - m_text);
            } else {
                m_size = 0; // outside the profile's dates: an empty field rather than a wrong one
            }
        }
        std::memcpy(out, m_text, size_t(m_size));
        return out + m_size;
    }

private:
    qint64 m_day = -1;
    char m_text[10] = {};
    int m_size = 0;
};

} // namespace

PageText billItemsCsv(store::Database &db, const DataContext &context, const PageRequest &page) {
    store::Statement row = billItemPage(db, page,
                                        QStringLiteral("r.id, r.bill_id, r.billing_account_id, r.product_id, r.kind, "
                                                       "r.offering_id, r.period_start, r.period_end, r.charge_date, "
                                                       "r.tax_excluded, r.tax_included"));
    const QByteArray currency = context.currency.toUtf8();
    PageText out;
    out.body = billItemsCsvHeader();
    out.body.reserve(out.body.size() + qsizetype(page.limit) * 80);
    DateText periodStart;
    DateText periodEnd;
    DateText chargeDate;
    qint64 lastId = -1;
    while (row.step()) {
        const QByteArrayView kind = row.utf8(4);
        const qsizetype used = out.body.size();
        out.body.resize(used + kMaxFixedLine + 2 * (kind.size() + currency.size()) + 4);
        char *const start = out.body.data() + used;
        char *p = start;
        lastId = row.int64(0);
        p = writeInteger(p, lastId);
        *p++ = ',';
        if (!row.isNull(1)) { // empty: not billed yet
            p = writeInteger(p, row.int64(1));
        }
        *p++ = ',';
        p = writeInteger(p, row.int64(2));
        *p++ = ',';
        p = writeInteger(p, row.int64(3));
        *p++ = ',';
        p = writeText(p, kind);
        *p++ = ',';
        p = writeInteger(p, row.int64(5));
        *p++ = ',';
        p = periodStart.write(p, row.int64(6));
        *p++ = ',';
        p = periodEnd.write(p, row.int64(7));
        *p++ = ',';
        p = chargeDate.write(p, row.int64(8));
        *p++ = ',';
        p = writeMoney(p, row.int64(9));
        *p++ = ',';
        p = writeMoney(p, row.int64(10));
        *p++ = ',';
        p = writeText(p, currency);
        *p++ = '\r';
        *p++ = '\n';
        out.body.resize(used + (p - start));
        ++out.rows;
    }
    if (lastId >= 0) {
        out.lastId = QString::number(lastId);
    }
    return out;
}

} // namespace corpcare::server::resources
