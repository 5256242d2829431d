using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Pii.Mailing.Tests.Infrastructure;

/// <summary>
/// A logging provider that keeps everything a real provider would be given: category, message, every structured
/// value, the exception and the scopes. It sits behind the application's redacting logger like any other provider.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _records = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyList<string> Records => _records.ToArray();

    /// <summary>Everything logged so far, as one text.</summary>
    public string Text => string.Join("\n", _records);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { $"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)}" };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            owner._scopes?.ForEachScope((scope, list) => list.Add($"scope: {scope}"), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            owner._records.Enqueue(string.Join(" | ", parts));
        }
    }
}
