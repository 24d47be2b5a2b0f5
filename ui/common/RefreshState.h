#pragma once

namespace loyalty::ui {

// A screen's figures worked out in the background: stale when the shop changes, worked out again
// when the screen is visible (at once) or next shown; asked again while working, it runs once more
// when that work is done instead of twice at the same time.
class RefreshState {
public:
    bool isStale() const { return m_stale; }
    bool isWorking() const { return m_working; }
    void markStale() { m_stale = true; }
    // Whether to start the work now; when not, it is started again by finish().
    bool begin()
    {
        if (m_working) {
            m_again = true;
            return false;
        }
        m_stale = false;
        m_working = true;
        m_again = false;
        return true;
    }
    // After the work: whether to run it once more (something changed meanwhile).
    bool finish()
    {
        m_working = false;
        return m_again;
    }

private:
    bool m_stale = true;
    bool m_working = false;
    bool m_again = false;
};

} // namespace loyalty::ui
