#include "Interrupt.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Portrait {

namespace {

/// The self-pipe: the handler may only write a byte; the event loop reads it.
int g_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

void setAction(int signal, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = handler == SIG_DFL ? 0 : SA_RESETHAND | SA_RESTART; // the second one is not caught
    ::sigaction(signal, &action, nullptr);
}

} // namespace

Interrupt::Interrupt(QObject* parent)
    : QObject(parent)
{
    if (g_pipe[0] >= 0 || ::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return; // another one is listening, or no pipe: Ctrl+C keeps its default action
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this]() {
        char byte = 0;
        while (::read(g_pipe[0], &byte, 1) > 0) { }
        emit requested();
    });
    setAction(SIGINT, &onSignal);
    setAction(SIGTERM, &onSignal);
}

Interrupt::~Interrupt()
{
    if (!m_notifier) {
        return;
    }
    setAction(SIGINT, SIG_DFL);
    setAction(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

} // namespace Portrait
