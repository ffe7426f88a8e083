#pragma once

#include <QSignalSpy>
#include <QTest>

namespace corpcare::tests {

// Waits for the first emission, then a little longer, so that a second emission would be seen:
// "exactly once" is the contract of every job and loader.
inline bool emittedExactlyOnce(QSignalSpy &spy, int timeoutMs = 5000, int graceMs = 150) {
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        return false;
    }
    QTest::qWait(graceMs);
    return spy.size() == 1;
}

} // namespace corpcare::tests
