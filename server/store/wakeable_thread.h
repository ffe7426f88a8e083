#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace corpcare::server::store {

// The thread of a background worker (orders, report deliveries): it runs `body` once, and body sleeps
// in sleepUntil(), which wake() and stop() cut short. stop() (also in the destructor) joins.
class WakeableThread {
public:
    WakeableThread() = default;
    ~WakeableThread() { stop(); }
    WakeableThread(const WakeableThread &) = delete;
    WakeableThread &operator=(const WakeableThread &) = delete;

    void start(std::function<void()> body);
    void wake();
    void stop();

    // Sleeps until the deadline, a wake() or stop(); true when stopping. Clears the wake-up.
    bool sleepUntil(std::chrono::steady_clock::time_point deadline);
    // Sleeps until the deadline or stop() only (a pause inside a piece of work); true when stopping.
    bool pauseUntil(std::chrono::steady_clock::time_point deadline);
    bool stopping();
    void clearWake(); // work starts now: wake-ups from before it are already served

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace corpcare::server::store
