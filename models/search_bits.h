#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace corpcare::models {

// A set of user indexes as one bit per user: the search index keeps one per tariff, service, account,
// department and status, and a search ANDs and ORs them 64 users at a time.
class SearchBits {
public:
    void resize(int size) { m_words.resize(size_t((size + 63) / 64), 0); }
    void set(int index) {
        if (size_t(index / 64) >= m_words.size()) {
            m_words.resize(size_t(index / 64) + 1, 0);
        }
        m_words[size_t(index / 64)] |= quint64(1) << (index % 64);
    }
    void reset(int index) {
        if (size_t(index / 64) < m_words.size()) {
            m_words[size_t(index / 64)] &= ~(quint64(1) << (index % 64));
        }
    }
    // Every index in [0, size).
    static SearchBits all(int size) {
        SearchBits bits;
        bits.resize(size);
        for (int word = 0; word < size / 64; ++word) {
            bits.m_words[size_t(word)] = ~quint64(0);
        }
        if (size % 64) {
            bits.m_words.back() = (quint64(1) << (size % 64)) - 1;
        }
        return bits;
    }
    void unite(const SearchBits &other) {
        if (other.m_words.size() > m_words.size()) {
            m_words.resize(other.m_words.size(), 0);
        }
        for (size_t i = 0; i < other.m_words.size(); ++i) {
            m_words[i] |= other.m_words[i];
        }
    }
    void intersect(const SearchBits &other) {
        for (size_t i = 0; i < m_words.size(); ++i) {
            m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
        }
    }
    void subtract(const SearchBits &other) {
        for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i) {
            m_words[i] &= ~other.m_words[i];
        }
    }
    // Calls f(index) for every set index, ascending.
    template <typename F>
    void forEach(F f) const {
        for (size_t word = 0; word < m_words.size(); ++word) {
            for (quint64 bits = m_words[word]; bits != 0; bits &= bits - 1) {
                f(int(word * 64) + std::countr_zero(bits));
            }
        }
    }
    int count() const {
        int out = 0;
        for (quint64 word : m_words) {
            out += std::popcount(word);
        }
        return out;
    }
    void clear() { m_words.clear(); }

private:
    std::vector<quint64> m_words;
};

} // namespace corpcare::models
