// Fuzz target (issue 9): the archive's import of a downloaded list page (store::recordsOf) on any bytes,
// and the sealing of what it files. A page either files records or says why; each record's body reads
// back as the object it came from, sealed and opened again unchanged, and bound to its kind and id.
#include "store/archive_crypto.h"
#include "store/archive_rows.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace corpcare::store;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QByteArray key = QByteArray(crypto::kKeyBytes, '\x5a');
    QString error;
    const QList<ArchiveRecord> records =
        recordsOf(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (records.isEmpty() && !error.isEmpty()) {
        return 0;
    }
    for (const ArchiveRecord &record : records) {
        if (!QJsonDocument::fromJson(record.json).isObject()) {
            std::abort();
        }
        const QByteArray associated = QByteArray(QByteArray("kind\n") + record.id.toUtf8());
        const QByteArray sealed = crypto::seal(key, record.json, associated);
        if (crypto::open(key, sealed, associated) != record.json ||
            crypto::open(key, sealed, QByteArray(QByteArray("other\n") + record.id.toUtf8()))) {
            std::abort();
        }
    }
    return 0;
}
