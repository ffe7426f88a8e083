#include "server/delivery/pdf_writer.h"

#include <QList>

namespace corpcare::server::delivery {

namespace {

constexpr int kPageWidth = 842; // A4 landscape, in points
constexpr int kPageHeight = 595;
constexpr int kMargin = 36;
constexpr int kFontSize = 9;
constexpr int kLeading = 11;
constexpr int kLinesPerPage = (kPageHeight - 2 * kMargin) / kLeading;

// WinAnsiEncoding: Latin-1 as it is, the few typographic marks reports use mapped, the rest '?'.
char winAnsi(QChar c) {
    const char16_t u = c.unicode();
    if ((u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u <= 0xff)) {
        return char(u);
    }
    switch (u) {
    case 0x2014:
        return char(0x97); // em dash
    case 0x2013:
        return char(0x96);
    case 0x2019:
        return char(0x92);
    case 0x20ac:
        return char(0x80);
    default:
        return '?';
    }
}

QByteArray pdfString(const QString &text) {
    QByteArray out = "(";
    for (const QChar c : text) {
        const char b = winAnsi(c);
        if (b == '(' || b == ')' || b == '\\') {
            out += '\\';
        }
        out += b;
    }
    return out + ')';
}

QByteArray pageContent(const QStringList &lines) {
    QByteArray out = "BT\n/F1 " + QByteArray::number(kFontSize) + " Tf\n" + QByteArray::number(kLeading) + " TL\n" +
                     QByteArray::number(kMargin) + ' ' + QByteArray::number(kPageHeight - kMargin) + " Td\n";
    for (const QString &line : lines) {
        out += pdfString(line) + " '\n";
    }
    return out + "ET\n";
}

} // namespace

QByteArray writeTextPdf(const QString &title, const QStringList &lines) {
    QList<QStringList> pages;
    for (qsizetype i = 0; i < lines.size(); i += kLinesPerPage) {
        pages.append(lines.mid(i, kLinesPerPage));
    }
    if (pages.isEmpty()) {
        pages.append(QStringList());
    }
    // Objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its content per page.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    }
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Title " + pdfString(title) + " /Producer (corpcare-server) >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QByteArray content = pageContent(pages.at(i));
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kPageWidth) + ' ' +
                       QByteArray::number(kPageHeight) + "] /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                       QByteArray::number(6 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream");
    }
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace corpcare::server::delivery
