#include "models/search_index.h"

#include "domain/effective_threshold.h"
#include "models/thresholds_data.h"

#include <QStringMatcher>

#include <algorithm>

namespace corpcare::models {

namespace {

// Every line of `buffer` (lines start at starts[i], each ends before starts[i + 1] with one separator)
// that contains `needle`: one pass of a Boyer-Moore matcher over all lines at once, jumping to the
// next line after a hit.
SearchBits linesContaining(const QString &buffer, const std::vector<qsizetype> &starts, const QString &needle) {
    SearchBits out;
    if (starts.size() < 2) {
        return out;
    }
    out.resize(int(starts.size()) - 1);
    const QStringMatcher matcher(needle, Qt::CaseSensitive);
    qsizetype from = 0;
    while (true) {
        const qsizetype hit = matcher.indexIn(buffer, from);
        if (hit < 0) {
            break;
        }
        const auto next = std::upper_bound(starts.begin(), starts.end(), hit);
        const int line = int(next - starts.begin()) - 1;
        const qsizetype lineEnd = *next - 1; // the separator
        if (hit + needle.size() <= lineEnd) {
            out.set(line);
            from = *next;
        } else {
            from = hit + 1; // the hit runs over the separator into the next line
        }
    }
    return out;
}

} // namespace

SearchIndex::SearchIndex(const CompanyData *data, const ThresholdsData *thresholds, QObject *parent)
    : QObject(parent), m_data(data), m_thresholds(thresholds) {
    connect(data, &CompanyData::serviceUsersAppended, this, [this](int first, int count) {
        addUsers(first, count);
        emit changed();
    });
    connect(data, &CompanyData::serviceUsersChanged, this, [this](const QList<int> &indexes) {
        updateUsers(indexes);
        emit changed();
    });
    connect(data, &CompanyData::serviceUsersReserved, this, [this](qint64 total) {
        m_chargesMinor.reserve(size_t(total));
        m_textStart.reserve(size_t(total) + 1);
        m_digitsStart.reserve(size_t(total) + 1);
        m_text.reserve(qsizetype(total) * 48); // about a number, its formatting and a name each
        m_digits.reserve(qsizetype(total) * 12);
    });
    connect(data, &CompanyData::cleared, this, [this] {
        clearIndex();
        emit changed();
    });
    connect(data, &CompanyData::organizationsChanged, this, &SearchIndex::changed);
    if (thresholds) {
        connect(thresholds, &ThresholdsData::recomputed, this, &SearchIndex::changed);
    }
    clearIndex();
    addUsers(0, int(data->serviceUsers().size()));
}

void SearchIndex::clearIndex() {
    m_userCount = 0;
    m_byTariff.clear();
    m_byService.clear();
    m_byDepartment.clear();
    m_byAccount.clear();
    m_byStatus = {};
    m_chargesKnown.clear();
    m_byCurrency.clear();
    m_chargesMinor.clear();
    m_text.clear();
    m_textStart = {0};
    m_digits.clear();
    m_digitsStart = {0};
}

void SearchIndex::addUsers(int first, int count) {
    const auto &users = m_data->serviceUsers();
    m_chargesMinor.resize(users.size(), 0);
    for (int i = first; i < first + count; ++i) {
        const domain::ServiceUser &user = users[size_t(i)];
        setBits(i);
        m_text += domain::SearchText::haystackOf(user.msisdn, user.user.name);
        m_text += QChar(0);
        m_textStart.push_back(m_text.size());
        m_digits += user.msisdn;
        m_digits += QChar(0);
        m_digitsStart.push_back(m_digits.size());
    }
    m_userCount = int(users.size());
}

void SearchIndex::setBits(int i) {
    const domain::ServiceUser &user = m_data->serviceUsers()[size_t(i)];
    m_byTariff[user.tariff.id].set(i);
    for (const domain::ServiceProduct &service : user.services) {
        m_byService[service.offering.id].set(i);
    }
    m_byDepartment[user.department.id].set(i);
    m_byAccount[user.billingAccount.id].set(i);
    m_byStatus[size_t(user.status)].set(i);
    if (user.currentCharges) {
        m_chargesKnown.set(i);
        m_byCurrency[user.currentCharges->currency()].set(i);
        m_chargesMinor[size_t(i)] = user.currentCharges->minor();
    }
}

void SearchIndex::updateUsers(const QList<int> &indexes) {
    // The old values are gone from CompanyData, so each line's bit leaves every set; the sets are few
    // (tariffs, services, departments, accounts), and 10,000 changed lines take milliseconds.
    const auto resetIn = [&indexes](QHash<QString, SearchBits> &sets) {
        for (SearchBits &bits : sets) {
            for (int i : indexes) {
                bits.reset(i);
            }
        }
    };
    resetIn(m_byTariff);
    resetIn(m_byService);
    resetIn(m_byDepartment);
    resetIn(m_byAccount);
    resetIn(m_byCurrency);
    for (int i : indexes) {
        for (SearchBits &bits : m_byStatus) {
            bits.reset(i);
        }
        m_chargesKnown.reset(i);
        m_chargesMinor[size_t(i)] = 0;
        setBits(i);
    }
    // A number or a name that changed moves every later line's text: then the text is laid out anew.
    const auto &users = m_data->serviceUsers();
    const bool textChanged = std::any_of(indexes.begin(), indexes.end(), [&](int i) {
        const domain::ServiceUser &user = users[size_t(i)];
        const qsizetype start = m_textStart[size_t(i)];
        return QStringView(m_text).mid(start, m_textStart[size_t(i) + 1] - start - 1) !=
               domain::SearchText::haystackOf(user.msisdn, user.user.name);
    });
    if (textChanged) {
        m_text.clear();
        m_textStart = {0};
        m_digits.clear();
        m_digitsStart = {0};
        addUsers(0, m_userCount); // sets the same bits again, which changes nothing
    }
}

SearchBits SearchIndex::unionOf(const QHash<QString, SearchBits> &sets, const QStringList &keys) const {
    SearchBits out;
    out.resize(m_userCount);
    for (const QString &key : keys) {
        const auto it = sets.constFind(key);
        if (it != sets.constEnd()) {
            out.unite(*it);
        }
    }
    return out;
}

QStringList SearchIndex::departmentsWithSubtrees(const QStringList &departmentIds) const {
    QStringList out;
    for (const QString &id : departmentIds) {
        for (const QString &member : m_data->organizationSubtree(id)) {
            if (!out.contains(member)) {
                out.append(member);
            }
        }
    }
    return out;
}

SearchBits SearchIndex::textMatches(const domain::SearchText &text, const SearchBits &candidates) const {
    // Few candidates left by the other conditions: look in their lines only. Many: one pass over all
    // lines is cheaper than a matcher call per line.
    if (candidates.count() > m_userCount / 16) {
        SearchBits out = linesContaining(m_text, m_textStart, text.lower);
        if (!text.digits.isEmpty()) {
            out.unite(linesContaining(m_digits, m_digitsStart, text.digits));
        }
        return out;
    }
    const QStringMatcher lower(text.lower, Qt::CaseSensitive);
    const QStringMatcher digits(text.digits, Qt::CaseSensitive);
    SearchBits out;
    out.resize(m_userCount);
    candidates.forEach([&](int index) {
        const auto line = [](const QString &buffer, const std::vector<qsizetype> &starts, int i) {
            // Without the separator at the end.
            return QStringView(buffer).mid(starts[size_t(i)], starts[size_t(i) + 1] - starts[size_t(i)] - 1);
        };
        if (lower.indexIn(line(m_text, m_textStart, index)) >= 0 ||
            (!text.digits.isEmpty() && digits.indexIn(line(m_digits, m_digitsStart, index)) >= 0)) {
            out.set(index);
        }
    });
    return out;
}

std::vector<int> SearchIndex::run(const domain::UserSearch &search) const {
    SearchBits candidates = SearchBits::all(m_userCount);
    if (!search.tariffIds.isEmpty()) {
        candidates.intersect(unionOf(m_byTariff, search.tariffIds));
    }
    if (!search.statuses.isEmpty()) {
        SearchBits statuses;
        for (domain::ProductStatus status : search.statuses) {
            statuses.unite(m_byStatus[size_t(status)]);
        }
        candidates.intersect(statuses);
    }
    for (const QString &service : search.servicesAll) {
        candidates.intersect(m_byService.value(service));
    }
    for (const QString &service : search.servicesNone) {
        candidates.subtract(m_byService.value(service));
    }
    if (!search.departmentIds.isEmpty()) {
        candidates.intersect(unionOf(m_byDepartment, departmentsWithSubtrees(search.departmentIds)));
    }
    if (!search.accountIds.isEmpty()) {
        candidates.intersect(unionOf(m_byAccount, search.accountIds));
    }
    const bool ranged = search.chargesMin || search.chargesMax;
    if (ranged) {
        candidates.intersect(m_chargesKnown);
        // Charges in another currency than a bound are not compared (domain::chargesInRange).
        for (const std::optional<domain::Money> &bound : {search.chargesMin, search.chargesMax}) {
            if (bound && !bound->currency().isEmpty()) {
                candidates.intersect(unionOf(m_byCurrency, {bound->currency(), QString()}));
            }
        }
    }
    const domain::SearchText text(search.text);
    if (!text.isEmpty()) {
        candidates.intersect(textMatches(text, candidates));
    }

    const qint64 min = search.chargesMin ? search.chargesMin->minor() : std::numeric_limits<qint64>::min();
    const qint64 max = search.chargesMax ? search.chargesMax->minor() : std::numeric_limits<qint64>::max();
    std::vector<int> out;
    candidates.forEach([&](int index) {
        if (ranged && (m_chargesMinor[size_t(index)] < min || m_chargesMinor[size_t(index)] > max)) {
            return;
        }
        if (!search.thresholdStates.isEmpty()) {
            const domain::ThresholdState state = m_thresholds && index < m_thresholds->userCount()
                                                     ? m_thresholds->stateOf(index)
                                                     : domain::ThresholdState::Unknown;
            if (std::none_of(search.thresholdStates.begin(), search.thresholdStates.end(),
                             [state](domain::ThresholdState level) { return domain::isAtLeast(state, level); })) {
                return;
            }
        }
        out.push_back(index);
    });
    return out;
}

} // namespace corpcare::models
