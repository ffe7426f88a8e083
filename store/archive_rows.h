#pragma once

#include "store/archive.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// How a resource object is filed in the archive: its id and order, and the columns the profile's
// filters ask about (the account, product, bill and comment target it refers to, the day it counts for,
// isBilled), read from the object itself. One rule for every resource, so that a filter means the same
// offline as it does on the server.
namespace corpcare::store {

ArchiveRecord recordOf(const QJsonObject &object);
// A list page (a JSON array of objects); on malformed JSON an empty list and *error.
QList<ArchiveRecord> recordsOf(const QByteArray &jsonArray, QString *error);

} // namespace corpcare::store
