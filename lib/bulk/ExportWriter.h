#pragma once

#include "bulk/ExportOptions.h"

#include <QByteArray>
#include <QSet>
#include <QSize>
#include <QString>

namespace Portrait {

/// What a worker thread is asked to write for one principal.
struct ExportWriteTask
{
    QString outDir;
    QString file; ///< sanitized relative path (NameTemplate)
    QByteArray data; ///< the bytes Graph served
    QString mediaType; ///< of data
    ExportFormat format = ExportFormat::Original;
    int quality = 90;
    int maxEdge = 0;
    bool dryRun = false; ///< convert (so sizes are right) but write nothing
};

/// What came of an ExportWriteTask.
struct ExportWriteResult
{
    bool ok = false;
    QString error; ///< why it failed
    QString sha256; ///< of the bytes written
    qint64 bytes = 0;
    QString mediaType; ///< of the bytes written
    int width = 0;
    int height = 0;
};

/**
 * @brief The file side of an export, run on worker threads: conversion, scaling, atomic writes, checks.
 *
 * Every function is static, reentrant and touches nothing but its arguments and the file system.
 */
class ExportWriter
{
public:
    /// Converts as asked and writes atomically under outDir, creating subfolders, never through a link (OutputFolder).
    static ExportWriteResult write(const ExportWriteTask& task);

    /**
     * @brief The bytes to write for @p data: the original untouched when nothing asks for a change, else the
     * decoded image scaled down (high quality, keeping the aspect ratio) to @p maxEdge and encoded.
     */
    static QByteArray convert(const QByteArray& data, const QString& mediaType, ExportFormat format, int quality,
                              int maxEdge, QString* outMediaType, QSize* outSize, QString* error);
    /// The media type written for a source of @p mediaType and pixel size @p size.
    static QString outputMediaType(ExportFormat format, const QString& mediaType, const QSize& size, int maxEdge);
    /// The pixel size written for a source of @p size (scaled to fit @p maxEdge, never up).
    static QSize outputSize(const QSize& size, int maxEdge);

    /// True when @p outDir/@p file exists, is a plain file (not a link) of @p bytes and hashes to @p sha256.
    static bool verify(const QString& outDir, const QString& file, const QString& sha256, qint64 bytes);
    /// Deletes a manifest-listed file (never through a link, never outside @p outDir); true when it is gone.
    static bool removeFile(const QString& outDir, const QString& file, QString* error);
    /**
     * @brief Deletes the temporaries an interrupted run left: only Portrait's own (OutputFolder::isTemporaryName(),
     * in @p outDir itself), except files in @p keep (relative paths). Returns how many were removed.
     */
    static int removeStaleTemporaries(const QString& outDir, const QSet<QString>& keep);
};

} // namespace Portrait
