#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace corpcare::server::delivery {

// A plain PDF 1.4 of monospaced text lines (Courier, A4 landscape, as many pages as the lines need):
// enough for a report that a fax gateway prints, without QtGui on the server. Characters outside
// WinAnsiEncoding print as '?'.
QByteArray writeTextPdf(const QString &title, const QStringList &lines);

} // namespace corpcare::server::delivery
