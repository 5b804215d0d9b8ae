// Preloaded by scripts/tsan into the processes of the ThreadSanitizer test
// run. It is built without instrumentation and never linked into the product.
//
// Debian's Qt 6.4 is not built with ThreadSanitizer, so it cannot see two
// hand-offs that Qt orders with a mutex inside libQt6Core:
//
// - QMetaObject::invokeMethod() with a functor: the caller's writes (the
//   functor's captures included) happen before the functor runs on the
//   receiver's thread, because both sides take the posted event queue's
//   mutex. The functor's last run happens before the functor is deleted,
//   because the slot object's reference count is atomic.
// - QThreadPool::start() with a std::function: the caller's writes happen
//   before the function runs on a pool thread, because both sides take the
//   pool's mutex.
//
// Flowscope code writes the captures on one thread and reads them on the
// other, so without this file every such hand-off can be reported as a race
// on the captures. This file restores exactly these orderings and nothing
// more. It interposes QMetaObject::invokeMethodImpl(), which the inline
// invokeMethod() templates in qobjectdefs.h call, and
// QThreadPool::start(std::function<void()>, int), both called from
// Flowscope's code through the dynamic linker. It releases before the work is
// queued and acquires where the work runs (and, for a slot object, releases
// after each run and acquires before deleting it). A functor body that races
// with anything else, and every queued signal, are still checked as before.

// Only inline parts of QtCore are used, so the library does not link Qt and
// must not reference Qt's version tag symbol either.
#define QT_NO_VERSION_TAGGING
#include <QtCore/qobjectdefs.h>
#include <QtCore/qthreadpool.h>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

// Weak, so that a process without the ThreadSanitizer runtime (sh, sqlite3)
// that inherits LD_PRELOAD still loads this library.
extern "C" {
void __tsan_acquire(void *address) __attribute__((weak));
void __tsan_release(void *address) __attribute__((weak));
}

namespace {

class OrderedSlotObject : public QtPrivate::QSlotObjectBase
{
public:
    explicit OrderedSlotObject(QtPrivate::QSlotObjectBase *wrapped)
        : QSlotObjectBase(&impl), m_wrapped(wrapped)
    {}

private:
    static void impl(int operation, QSlotObjectBase *base, QObject *receiver, void **arguments,
                     bool *result)
    {
        auto *self = static_cast<OrderedSlotObject *>(base);
        __tsan_acquire(self);
        switch (operation) {
        case Destroy:
            // This object holds the only reference to the wrapped one.
            self->m_wrapped->destroyIfLastRef();
            delete self;
            return;
        case Call:
            self->m_wrapped->call(receiver, arguments);
            break;
        case Compare:
            *result = self->m_wrapped->compare(arguments);
            break;
        default:
            break;
        }
        __tsan_release(self);
    }

    QtPrivate::QSlotObjectBase *m_wrapped;
};

using InvokeMethodImpl = bool (*)(QObject *, QtPrivate::QSlotObjectBase *, Qt::ConnectionType,
                                  void *);

using ThreadPoolStart = void (*)(QThreadPool *, std::function<void()>, int);

// Returns Qt's definition of an interposed function. Stops the process when
// it is missing, because running on without it would drop the work silently.
void *findQtFunction(const char *mangledName, const char *readableName)
{
    void *function = dlsym(RTLD_NEXT, mangledName);
    if (function == nullptr) {
        std::fprintf(stderr,
                     "tsan_queued_calls: %s was not found in the libraries loaded after this "
                     "one: %s\n",
                     readableName, dlerror());
        std::abort();
    }
    return function;
}

InvokeMethodImpl qtInvokeMethodImpl()
{
    static const auto function = reinterpret_cast<InvokeMethodImpl>(
        findQtFunction("_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15"
                       "QSlotObjectBaseEN2Qt14ConnectionTypeEPv",
                       "QMetaObject::invokeMethodImpl"));
    return function;
}

ThreadPoolStart qtThreadPoolStart()
{
    static const auto function = reinterpret_cast<ThreadPoolStart>(
        findQtFunction("_ZN11QThreadPool5startESt8functionIFvvEEi", "QThreadPool::start"));
    return function;
}

bool sanitizerPresent()
{
    return __tsan_acquire != nullptr && __tsan_release != nullptr;
}

} // namespace

bool QMetaObject::invokeMethodImpl(QObject *object, QtPrivate::QSlotObjectBase *slot,
                                   Qt::ConnectionType type, void *ret)
{
    if (!sanitizerPresent())
        return qtInvokeMethodImpl()(object, slot, type, ret);

    auto *ordered = new OrderedSlotObject(slot);
    __tsan_release(ordered);
    return qtInvokeMethodImpl()(object, ordered, type, ret);
}

void QThreadPool::start(std::function<void()> functionToRun, int priority)
{
    if (!sanitizerPresent() || !functionToRun) {
        qtThreadPoolStart()(this, std::move(functionToRun), priority);
        return;
    }

    // The token's address is the synchronisation object. It is freed on the
    // pool thread, which also frees ThreadSanitizer's state for it.
    auto *token = new char;
    std::function<void()> ordered = [token, function = std::move(functionToRun)] {
        __tsan_acquire(token);
        delete token;
        function();
    };
    __tsan_release(token);
    qtThreadPoolStart()(this, std::move(ordered), priority);
}
