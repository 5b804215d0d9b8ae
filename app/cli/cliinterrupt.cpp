#include "cliinterrupt.h"

#include <csignal>

namespace Flowscope::Cli {

namespace {

volatile std::sig_atomic_t interruptCount = 0;
struct sigaction previousInterrupt
{
};
struct sigaction previousTerminate
{
};

// Only async-signal-safe calls here: the handler counts, and on the second
// signal puts the default action back and raises the signal again.
void onSignal(int signalNumber)
{
    if (interruptCount > 0) {
        std::signal(signalNumber, SIG_DFL);
        std::raise(signalNumber);
        return;
    }
    interruptCount = 1;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    interruptCount = 0;
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previousInterrupt);
    sigaction(SIGTERM, &action, &previousTerminate);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &previousInterrupt, nullptr);
    sigaction(SIGTERM, &previousTerminate, nullptr);
}

bool InterruptGuard::requested()
{
    return interruptCount != 0;
}

} // namespace Flowscope::Cli
