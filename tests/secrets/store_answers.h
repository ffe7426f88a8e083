#pragma once

#include "api/secrets/secret_store.h"

#include <QSignalSpy>

namespace corpcare::api::secrets::testing {

// One answer of a SecretStore, as the test saw it. When none came in time: answered is false and
// result is Error, so a hanging store fails the test (any comparison with the expected result) instead
// of hanging it.
struct Answer {
    bool answered = false;
    bool answeredInsideCall = false; // the contract says never
    SecretKey key;
    QByteArray secret; // read only
    SecretStore::Result result = SecretStore::Result::Error;
    QString errorText;
};

// Waits up to timeoutMs for the answer the spy caught (already or later).
inline Answer takeAnswer(QSignalSpy &spy, bool answeredInsideCall, bool isRead, int timeoutMs) {
    Answer answer;
    answer.answeredInsideCall = answeredInsideCall;
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        answer.errorText = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return answer;
    }
    const QList<QVariant> args = spy.takeFirst();
    answer.answered = true;
    answer.key = args.at(0).value<SecretKey>();
    int next = 1;
    if (isRead) {
        answer.secret = args.at(next++).toByteArray();
    }
    answer.result = args.at(next++).value<SecretStore::Result>();
    answer.errorText = args.at(next).toString();
    return answer;
}

// Each runs one operation and waits for its answer.
inline Answer readNow(SecretStore &store, const SecretKey &key, int timeoutMs) {
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.readSecret(key);
    return takeAnswer(spy, !spy.isEmpty(), true, timeoutMs);
}

inline Answer writeNow(SecretStore &store, const SecretKey &key, const QByteArray &secret, int timeoutMs) {
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.writeSecret(key, secret);
    return takeAnswer(spy, !spy.isEmpty(), false, timeoutMs);
}

inline Answer deleteNow(SecretStore &store, const SecretKey &key, int timeoutMs) {
    QSignalSpy spy(&store, &SecretStore::deleteFinished);
    store.deleteSecret(key);
    return takeAnswer(spy, !spy.isEmpty(), false, timeoutMs);
}

} // namespace corpcare::api::secrets::testing
