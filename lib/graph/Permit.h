#pragma once

#include <functional>
#include <memory>

namespace Portrait {

/**
 * @brief Leave to send one request, handed out by a lane of the RequestScheduler. The slot it holds is freed
 * when the last copy is destroyed, so a job that dies or is aborted while its request is on the wire gives
 * the slot back without any bookkeeping of its own.
 */
class Permit
{
public:
    explicit Permit(std::function<void()> release)
        : m_release(std::move(release))
    { }
    ~Permit()
    {
        if (m_release) {
            m_release();
        }
    }
    Permit(const Permit&) = delete;
    Permit& operator=(const Permit&) = delete;

private:
    std::function<void()> m_release;
};

using PermitPtr = std::shared_ptr<Permit>;

} // namespace Portrait
