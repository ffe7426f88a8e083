#pragma once

#include "api/secrets/secret_store.h"

#include <QHash>

namespace corpcare::api::secrets {

// Secrets held in this process only: the fake for unit tests and the store for "don't remember"
// sessions. Answers like a real store: later, from the event loop, in call order.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    bool isAvailable() const override { return m_failure != Result::Unavailable; }

    // From now on every operation answers `failure` (Unavailable, Denied or Error) with `errorText`
    // and leaves the stored secrets alone; Result::Ok returns to normal operation.
    void setFailure(Result failure, const QString &errorText = {});
    // Shorthand for setFailure(Unavailable) / setFailure(Ok).
    void setUnavailable(bool unavailable);

    // Test inspection: what is stored right now (operations still queued not yet applied).
    bool contains(const SecretKey &key) const { return m_secrets.contains(key.keyName()); }
    qsizetype count() const { return m_secrets.size(); }

protected:
    void doRead(const SecretKey &key) override;
    void doWrite(const SecretKey &key, const QByteArray &secret) override;
    void doDelete(const SecretKey &key) override;

private:
    QHash<QString, QByteArray> m_secrets; // by SecretKey::keyName()
    Result m_failure = Result::Ok;
    QString m_failureText;
};

} // namespace corpcare::api::secrets
