#include "server/store/wakeable_thread.h"

namespace corpcare::server::store {

void WakeableThread::start(std::function<void()> body) {
    m_thread = std::thread(std::move(body));
}

void WakeableThread::wake() {
    {
        const std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_changed.notify_all();
}

void WakeableThread::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool WakeableThread::sleepUntil(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(m_mutex);
    m_changed.wait_until(lock, deadline, [this] { return m_stopping || m_woken; });
    m_woken = false;
    return m_stopping;
}

bool WakeableThread::pauseUntil(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(m_mutex);
    m_changed.wait_until(lock, deadline, [this] { return m_stopping; });
    return m_stopping;
}

bool WakeableThread::stopping() {
    const std::lock_guard lock(m_mutex);
    return m_stopping;
}

void WakeableThread::clearWake() {
    const std::lock_guard lock(m_mutex);
    m_woken = false;
}

} // namespace corpcare::server::store
