#include "api/secrets/memory_secret_store.h"

namespace corpcare::api::secrets {

void MemorySecretStore::setFailure(Result failure, const QString &errorText) {
    m_failure = failure;
    m_failureText = errorText;
    if (m_failureText.isEmpty() && failure != Result::Ok) {
        m_failureText = tr("Simulated failure: %1").arg(resultName(failure));
    }
}

void MemorySecretStore::setUnavailable(bool unavailable) {
    setFailure(unavailable ? Result::Unavailable : Result::Ok);
}

// Each operation takes effect when it answers, so a read queued before a write sees the old secret,
// and a failure set after the call but before the answer applies to it (as a keychain going away).
void MemorySecretStore::doRead(const SecretKey &key) {
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            if (m_failure != Result::Ok) {
                emit readFinished(key, {}, m_failure, m_failureText);
                return;
            }
            const auto it = m_secrets.constFind(key.keyName());
            if (it == m_secrets.constEnd()) {
                emit readFinished(key, {}, Result::NotFound, tr("No secret is stored for %1.").arg(key.keyName()));
                return;
            }
            emit readFinished(key, *it, Result::Ok, {});
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::doWrite(const SecretKey &key, const QByteArray &secret) {
    QMetaObject::invokeMethod(
        this,
        [this, key, secret] {
            if (m_failure != Result::Ok) {
                emit writeFinished(key, m_failure, m_failureText);
                return;
            }
            m_secrets.insert(key.keyName(), secret);
            emit writeFinished(key, Result::Ok, {});
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::doDelete(const SecretKey &key) {
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            if (m_failure != Result::Ok) {
                emit deleteFinished(key, m_failure, m_failureText);
                return;
            }
            m_secrets.remove(key.keyName());
            emit deleteFinished(key, Result::Ok, {});
        },
        Qt::QueuedConnection);
}

} // namespace corpcare::api::secrets
