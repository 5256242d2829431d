using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Pii.Analyzers.Logging
{
    /// <summary>
    /// The places a value must not reach unredacted: log, console, debug and trace output, activity tags and baggage,
    /// exception messages. Recognised by the method's containing type and name, so that no type is resolved up front.
    /// </summary>
    internal static class LogSinks
    {
        /// <summary>
        /// What the value reaches when passed as <paramref name="parameter"/> of <paramref name="method"/>, or
        /// <see langword="null"/> when the method is not a sink or the parameter is not one that is written out.
        /// </summary>
        public static string? SinkOf(IMethodSymbol method, IParameterSymbol parameter, IOperation? receiver = null)
        {
            if (parameter.Type is INamedTypeSymbol { Name: "Exception" } or INamedTypeSymbol { Name: "EventId" } or INamedTypeSymbol { Name: "LogLevel" }
                || parameter.Type.SpecialType == SpecialType.System_Boolean && parameter.Name is "condition")
            {
                return null;
            }

            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return null;
            }

            string name = method.Name;
            switch (type.Name)
            {
                case "LoggerExtensions" when InNamespace(type, "Microsoft", "Extensions", "Logging")
                    && (name.StartsWith("Log", System.StringComparison.Ordinal) || name == "BeginScope"):
                    return "a log";
                case "ILogger" when InNamespace(type, "Microsoft", "Extensions", "Logging") && name is "Log" or "BeginScope":
                    return parameter.Name == "formatter" ? null : "a log";
                case "ILogger" when InNamespace(type, "Serilog") && IsSerilogWrite(name):
                    return "a log";
                case "Log" when InNamespace(type, "Serilog") && IsSerilogWrite(name):
                    return "a log";
                case "Console" when InNamespace(type, "System") && name is "Write" or "WriteLine":
                    return "the console";
                case "Debug" or "Trace" when InNamespace(type, "System", "Diagnostics")
                    && (name.StartsWith("Write", System.StringComparison.Ordinal) || name is "Print" or "Fail" or "Assert"
                        || name.StartsWith("Trace", System.StringComparison.Ordinal)):
                    return "debug or trace output";
                case "Activity" when InNamespace(type, "System", "Diagnostics") && name is "SetTag" or "AddTag" or "SetBaggage" or "AddBaggage":
                    return parameter.Ordinal == 0 ? null : "an activity tag";
                case "TextWriter" when InNamespace(type, "System", "IO") && name is "Write" or "WriteLine" && IsConsoleWriter(receiver):
                    return "the console";
                case "LogContext" when InNamespace(type, "Serilog", "Context") && name == "PushProperty":
                    return parameter.Name == "value" ? "a log" : null;
                case "Action" when InNamespace(type, "System") && name == "Invoke" && IsLoggerMessageDelegate(type) && !IsLoggerParameter(parameter):
                    return "a log"; // a LoggerMessage.Define delegate: Action<ILogger, T1, ..., Exception?>
            }

            if (IsLoggerMessage(method) && !IsLoggerParameter(parameter))
            {
                return HasDataClassification(parameter) ? null : HasLogProperties(parameter) ? LogProperties : "a log";
            }

            // The message of any exception; every text argument of the project's own exceptions, which build their
            // message from it (new UserAlreadyExistsException(email)).
            if (method.MethodKind == MethodKind.Constructor && IsException(type)
                && (parameter.Name == "message" || parameter.Type.SpecialType == SpecialType.System_String && type.Locations.Length > 0 && type.Locations[0].IsInSource))
            {
                return "an exception message";
            }

            return null;
        }

        /// <summary>
        /// The sink of a <c>[LogProperties]</c> parameter of a <c>[LoggerMessage]</c> method: each property of the object is
        /// logged, redacted when it carries a data classification; what matters is the type's members, not the value.
        /// </summary>
        public const string LogProperties = "a log through [LogProperties]";

        /// <summary>
        /// Whether the delegate type is <c>Action&lt;ILogger, ...&gt;</c>, the shape of what <c>LoggerMessage.Define</c>
        /// returns: invoking it writes its arguments to the log.
        /// </summary>
        private static bool IsLoggerMessageDelegate(INamedTypeSymbol action) =>
            action.TypeArguments.Length >= 2 && action.TypeArguments[0] is INamedTypeSymbol { Name: "ILogger" } logger
            && InNamespace(logger, "Microsoft", "Extensions", "Logging");

        /// <summary>Whether the receiver is <c>Console.Out</c> or <c>Console.Error</c>.</summary>
        private static bool IsConsoleWriter(IOperation? receiver) =>
            receiver is IPropertyReferenceOperation { Property: { Name: "Out" or "Error", ContainingType: { Name: "Console" } console } } && InNamespace(console, "System");

        /// <summary>Whether some argument of a call to <paramref name="method"/> may be written out: the cheap test before the call's operation is built.</summary>
        public static bool MaySink(IMethodSymbol method)
        {
            if (method.ContainingType is { Name: "TextWriter" } writer && InNamespace(writer, "System", "IO") && method.Name is "Write" or "WriteLine")
            {
                return true; // Console.Out / Console.Error: decided with the receiver
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (SinkOf(method, parameter) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the method is a <c>[LoggerMessage]</c> method: its parameters are written to the log.</summary>
        public static bool IsLoggerMessage(IMethodSymbol method)
        {
            if (!method.IsPartialDefinition && method.PartialDefinitionPart is null && method.PartialImplementationPart is null)
            {
                return false;
            }

            return SymbolFacts.HasAttribute(method, "LoggerMessageAttribute", "Microsoft", "Extensions", "Logging");
        }

        /// <summary>
        /// Whether a <c>[LoggerMessage]</c> parameter carries a data classification (an attribute derived from
        /// <c>DataClassificationAttribute</c>): the redaction pipeline redacts it when redaction is enabled.
        /// </summary>
        internal static bool HasDataClassification(ISymbol parameter)
        {
            foreach (AttributeData attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass is { } a
                    && SymbolFacts.DerivesFrom(a, self: true, "DataClassificationAttribute", "Microsoft", "Extensions", "Compliance", "Classification"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasLogProperties(IParameterSymbol parameter) =>
            SymbolFacts.HasAttribute(parameter, "LogPropertiesAttribute", "Microsoft", "Extensions", "Logging");

        /// <summary>Whether the parameter is the logger (<c>ILogger</c> or <c>ILogger&lt;T&gt;</c>), not a value written out.</summary>
        private static bool IsLoggerParameter(IParameterSymbol parameter) =>
            SymbolFacts.Is(parameter.Type as INamedTypeSymbol, "ILogger", "Microsoft", "Extensions", "Logging");

        private static bool IsSerilogWrite(string name) =>
            name is "Write" or "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "ForContext";

        private static bool IsException(INamedTypeSymbol type) => SymbolFacts.DerivesFrom(type, self: true, "Exception", "System");

        internal static bool InNamespace(INamedTypeSymbol type, params string[] parts) => SymbolFacts.IsNamespace(type.ContainingNamespace, parts);
    }
}
