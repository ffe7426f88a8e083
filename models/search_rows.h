#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <algorithm>
#include <vector>

namespace corpcare::models {

// The rows of the search tables are users (indexes into CompanyData::serviceUsers()). Sorting
// computes each row's key once, then sorts the keys: ties keep the load order in both directions, so
// a descending sort is not simply the reverse.
template <typename Key>
std::vector<int> sortedRows(const std::vector<int> &rows, const std::vector<Key> &keys, Qt::SortOrder order) {
    std::vector<int> positions(rows.size());
    for (size_t i = 0; i < positions.size(); ++i) {
        positions[i] = int(i);
    }
    const auto less = [](const Key &a, const Key &b) {
        if constexpr (std::is_same_v<Key, QString>) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        } else {
            return a < b;
        }
    };
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? less(keys[size_t(a)], keys[size_t(b)])
                                           : less(keys[size_t(b)], keys[size_t(a)]);
    });
    std::vector<int> out;
    out.reserve(rows.size());
    for (int position : positions) {
        out.push_back(rows[size_t(position)]);
    }
    return out;
}

// A table whose rows are users: the search results and the over-threshold list. It owns the row
// order; subclasses say what the columns show and how a column sorts.
class UserRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int userIndexAt(int row) const { return m_rows[size_t(row)]; }
    const std::vector<int> &userRows() const { return m_rows; }

protected:
    // New rows: a reset (the selection goes with it).
    void setUserRows(std::vector<int> rows);
    // The same users in another order: persistent indexes (the selection) stay on their users.
    void reorderUserRows(std::vector<int> rows);
    // Rows added at the end (an insert, not a reset).
    void appendUserRows(const std::vector<int> &rows);

private:
    std::vector<int> m_rows;
};

} // namespace corpcare::models
