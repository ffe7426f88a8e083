#include "domain/comment.h"

namespace corpcare::domain {

qsizetype commentLength(QStringView text) {
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // The low half of a surrogate pair belongs to the code point its high half started.
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())) {
            ++count;
        }
    }
    return count;
}

} // namespace corpcare::domain
