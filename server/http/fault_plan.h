#pragma once

#include <QList>
#include <QString>

#include <optional>

// Fault injection (issue 9): `corpcare-server --faults RATE[,kind...] [--fault-seed N]` makes that share
// of requests go wrong the ways real networks and servers do, so that the client's handling of each can
// be tested against the real server. Which request gets which fault follows from the seed and the
// request's number alone: the same seed and the same requests give the same faults.
namespace corpcare::server::http {

enum class FaultKind {
    None,
    Latency,      // the answer comes 0.2 to 1.5 s late
    Error500,     // 500 with a TMF error body; the request is not carried out
    Error503,     // 503 with a TMF error body and Retry-After; not carried out
    BareError500, // 500 with an empty body; not carried out
    BareError503, // 503 with an HTML body, as a proxy in front would send; not carried out
    Drop,         // carried out; the connection closes halfway through the answer
    Truncated,    // carried out; a well-formed HTTP answer whose body stops halfway
    InvalidJson,  // carried out; the body is not JSON
    Stall,        // carried out; no answer at all until the client gives up
};

struct FaultPlan {
    double rate = 0;        // the share of requests that fail, 0 to 1
    QList<FaultKind> kinds; // those that may happen (all but None when the option names none)
    quint64 seed = 1;

    bool isActive() const { return rate > 0 && !kinds.isEmpty(); }
    // The fault of the n-th request (counted from 0 as they arrive).
    FaultKind faultOf(quint64 request) const;

    // "0.1" or "0.3,error500,drop": the rate, then the kinds by name; nothing and *error when wrong.
    static std::optional<FaultPlan> parse(const QString &spec, quint64 seed, QString *error);
    static QString nameOf(FaultKind kind);
};

} // namespace corpcare::server::http
