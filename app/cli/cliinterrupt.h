#pragma once

namespace Flowscope::Cli {

// Catches Ctrl-C (SIGINT) and SIGTERM while it exists, so that a long import
// or export stops cleanly: the import rolls back and the export removes its
// temporary file. A second signal ends the process at once, as without it.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // Returns whether a signal arrived since the guard was created.
    static bool requested();
};

} // namespace Flowscope::Cli
