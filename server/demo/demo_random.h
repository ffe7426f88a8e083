#pragma once

#include <QtGlobal>

namespace corpcare::server::demo {

// SplitMix64: tiny, fast, and the same sequence on every platform and Qt version, which is what a
// demo that must be identical for a seed needs.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    // A stream keyed by several values (seed, product, month, ...), independent of every other key.
    static DemoRandom keyed(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0) {
        DemoRandom mix(a ^ 0x9E3779B97F4A7C15ULL);
        quint64 state = mix.next() ^ b;
        state = DemoRandom(state).next() ^ c;
        state = DemoRandom(state).next() ^ d;
        return DemoRandom(DemoRandom(state).next());
    }

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); bound > 0. The tiny modulo bias is irrelevant for demo data.
    qint64 below(qint64 bound) { return qint64(next() % quint64(bound)); }
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    // True with probability percent/100.
    bool chance(int percent) { return below(100) < percent; }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

} // namespace corpcare::server::demo
