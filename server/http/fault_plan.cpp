#include "server/http/fault_plan.h"

#include <QStringList>

namespace corpcare::server::http {

namespace {

constexpr FaultKind kAllKinds[] = {FaultKind::Latency,      FaultKind::Error500,     FaultKind::Error503,
                                   FaultKind::BareError500, FaultKind::BareError503, FaultKind::Drop,
                                   FaultKind::Truncated,    FaultKind::InvalidJson,  FaultKind::Stall};

// SplitMix64: a well-mixed number of (seed, request) without state shared between threads.
quint64 mix(quint64 value) {
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

} // namespace

FaultKind FaultPlan::faultOf(quint64 request) const {
    if (!isActive()) {
        return FaultKind::None;
    }
    const quint64 draw = mix(seed * 0x100000001B3ULL ^ mix(request));
    const double unit = double(draw >> 11) / double(1ULL << 53);
    if (unit >= rate) {
        return FaultKind::None;
    }
    return kinds.at(qsizetype(mix(draw) % quint64(kinds.size())));
}

QString FaultPlan::nameOf(FaultKind kind) {
    switch (kind) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::Latency:
        return QStringLiteral("latency");
    case FaultKind::Error500:
        return QStringLiteral("error500");
    case FaultKind::Error503:
        return QStringLiteral("error503");
    case FaultKind::BareError500:
        return QStringLiteral("bare500");
    case FaultKind::BareError503:
        return QStringLiteral("bare503");
    case FaultKind::Drop:
        return QStringLiteral("drop");
    case FaultKind::Truncated:
        return QStringLiteral("truncated");
    case FaultKind::InvalidJson:
        return QStringLiteral("invalid");
    case FaultKind::Stall:
        return QStringLiteral("stall");
    }
    return {};
}

std::optional<FaultPlan> FaultPlan::parse(const QString &spec, quint64 seed, QString *error) {
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    FaultPlan plan;
    plan.seed = seed;
    plan.rate = parts.isEmpty() ? 0 : parts.first().toDouble(&ok);
    if (!ok || plan.rate < 0 || plan.rate > 1) {
        *error = QStringLiteral("--faults needs a rate from 0 to 1, then optional kinds: %1").arg([] {
            QStringList names;
            for (const FaultKind kind : kAllKinds) {
                names.append(nameOf(kind));
            }
            return names.join(QStringLiteral(", "));
        }());
        return std::nullopt;
    }
    for (const QString &name : parts.mid(1)) {
        const auto known = std::find_if(std::begin(kAllKinds), std::end(kAllKinds),
                                        [&name](FaultKind kind) { return nameOf(kind) == name.trimmed(); });
        if (known == std::end(kAllKinds)) {
            *error = QStringLiteral("--faults: unknown kind '%1'").arg(name);
            return std::nullopt;
        }
        plan.kinds.append(*known);
    }
    if (plan.kinds.isEmpty()) {
        plan.kinds = QList<FaultKind>(std::begin(kAllKinds), std::end(kAllKinds));
    }
    return plan;
}

} // namespace corpcare::server::http
