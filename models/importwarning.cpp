#include "importwarning.h"

#include <QStringList>

namespace Flowscope {

QString ImportWarning::toString() const
{
    // Messages name their own line and column where they have one, so only
    // the file is added here.
    if (file.isEmpty())
        return message;
    return file + QStringLiteral(": ") + message;
}

// These names appear in JSON output and scripts match on them: never rename one.
QString importWarningKindName(ImportWarningKind kind)
{
    switch (kind) {
    case ImportWarningKind::SkippedFile:
        return QStringLiteral("skipped-file");
    case ImportWarningKind::UnreadableFile:
        return QStringLiteral("unreadable-file");
    case ImportWarningKind::NotText:
        return QStringLiteral("not-text");
    case ImportWarningKind::UnsupportedFormat:
        return QStringLiteral("unsupported-format");
    case ImportWarningKind::CorruptGzip:
        return QStringLiteral("corrupt-gzip");
    case ImportWarningKind::TruncatedGzip:
        return QStringLiteral("truncated-gzip");
    case ImportWarningKind::EmptyFile:
        return QStringLiteral("empty-file");
    case ImportWarningKind::EncodingFallback:
        return QStringLiteral("encoding-fallback");
    case ImportWarningKind::InvalidEncoding:
        return QStringLiteral("invalid-encoding");
    case ImportWarningKind::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    case ImportWarningKind::BareQuote:
        return QStringLiteral("bare-quote");
    case ImportWarningKind::FieldCountMismatch:
        return QStringLiteral("field-count-mismatch");
    case ImportWarningKind::InvalidJson:
        return QStringLiteral("invalid-json");
    case ImportWarningKind::TableNotDetected:
        return QStringLiteral("table-not-detected");
    case ImportWarningKind::MissingKeyColumn:
        return QStringLiteral("missing-key-column");
    case ImportWarningKind::MissingColumn:
        return QStringLiteral("missing-column");
    case ImportWarningKind::UnknownColumn:
        return QStringLiteral("unknown-column");
    case ImportWarningKind::DuplicateColumn:
        return QStringLiteral("duplicate-column");
    case ImportWarningKind::MissingKeyValue:
        return QStringLiteral("missing-key-value");
    case ImportWarningKind::InvalidTimestamp:
        return QStringLiteral("invalid-timestamp");
    case ImportWarningKind::AmbiguousDate:
        return QStringLiteral("ambiguous-date");
    case ImportWarningKind::EpochUnitInferred:
        return QStringLiteral("epoch-unit-inferred");
    case ImportWarningKind::SubMillisecondDropped:
        return QStringLiteral("sub-millisecond-dropped");
    case ImportWarningKind::InvalidArray:
        return QStringLiteral("invalid-array");
    case ImportWarningKind::AmbiguousArray:
        return QStringLiteral("ambiguous-array");
    case ImportWarningKind::DuplicateKey:
        return QStringLiteral("duplicate-key");
    }
    return QStringLiteral("unknown");
}

QString abbreviatedValue(const QString &value, int maxLength)
{
    if (value.size() <= maxLength)
        return value;

    const QChar ellipsis(0x2026);
    if (maxLength < 3)
        return value.left(qMax(maxLength, 0));

    // Keep both ends: ids differ at the end as often as at the start.
    qsizetype headLength = (maxLength - 1) / 2;
    qsizetype tailLength = maxLength - 1 - headLength;

    // Do not cut a surrogate pair in half.
    if (value.at(headLength - 1).isHighSurrogate())
        --headLength;
    if (value.at(value.size() - tailLength).isLowSurrogate())
        --tailLength;

    return value.left(headLength) + ellipsis + value.right(tailLength);
}

} // namespace Flowscope
