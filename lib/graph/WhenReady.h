#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Portrait {

/**
 * @brief Calls @p onResult with @p future's result on @p owner's thread once it is ready, unless @p owner was
 * deleted first: then nothing is called (a future without a result, cancelled or failed, calls nothing either).
 *
 * The way to come back from a thread pool to an object that may die meanwhile (a load the view dropped, a
 * cancelled job, a closed view). QFuture::then(context, ...) is not: in Qt 6.4 the continuation checks its
 * context from the pool thread, which races with the context's deletion on its own thread (a use after free)
 * and asserts in a debug build when the context is already gone. Here a QFutureWatcher, a child of @p owner,
 * receives the result: deleting @p owner deletes the watcher, which detaches from the future under the
 * future's lock, and its queued notification dies with it.
 *
 * @p onResult may delete @p owner with deleteLater(), not with delete.
 */
template <typename T, typename F> void whenReady(QObject* owner, const QFuture<T>& future, F&& onResult)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, callback = std::forward<F>(onResult)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0) {
                             callback(watcher->result());
                         }
                     });
    watcher->setFuture(future);
}

} // namespace Portrait
