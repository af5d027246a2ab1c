// Tokens of the condition language. Keywords are case-insensitive.
lexer grammar ConditionLexer;

options { caseInsensitive = true; }

@members {
    private int cronFields;
}

AMP    : '&' ;
PIPE   : '|' ;
TILDE  : '~' ;
LPAREN : '(' ;
RPAREN : ')' ;
COMMA  : ',' ;

AND : 'and' ;
OR  : 'or' ;
NOT : 'not' ;

TRUE   : 'true' ;
FALSE  : 'false' ;
ALWAYS : 'always' ;

SECONDLY : 'secondly' ;
MINUTELY : 'minutely' ;
HOURLY   : 'hourly' ;
DAILY    : 'daily' ;
WEEKLY   : 'weekly' ;
MONTHLY  : 'monthly' ;

BEFORE   : 'before' ;
AFTER    : 'after' ;
BETWEEN  : 'between' ;
STARTING : 'starting' ;
ON       : 'on' ;

EVERY : 'every' ;
CRON  : 'cron' { cronFields = 0; } -> pushMode(CRON_MODE) ;
TIME  : 'time' ;
OF    : 'of' ;

TASK  : 'task' ;
TASKS : 'tasks' ;
HAS   : 'has' ;

SUCCEEDED  : 'succeeded' ;
FAILED     : 'failed' ;
FINISHED   : 'finished' ;
TERMINATED : 'terminated' ;
INACTED    : 'inacted' ;
STARTED    : 'started' ;
CRASHED    : 'crashed' ;

TODAY : 'today' ;
THIS  : 'this' ;
IN    : 'in' ;
PAST  : 'past' ;

WHILE   : 'while' ;
IS      : 'is' ;
RUNNING : 'running' ;
FOR     : 'for' ;
MORE_KW : 'more' ;
LESS    : 'less' ;
THAN    : 'than' ;
ALL     : 'all' ;
ANY     : 'any' ;
RETRY   : 'retry' ;

SCHEDULER : 'scheduler' ;
RUN       : 'run' ;
OVER      : 'over' ;
AGO       : 'ago' ;
CYCLES    : 'cycles' ;

ENV    : 'env' ;
PARAM  : 'param' ;
EXISTS : 'exists' ;

AM : 'am' ;
PM : 'pm' ;

MILLIS  : 'ms' | 'millis' | 'millisecond' | 'milliseconds' ;
SECONDS : 's' | 'sec' | 'secs' | 'second' | 'seconds' ;
MINUTE  : 'minute' ;
MINUTES : 'm' | 'min' | 'mins' | 'minutes' ;
HOUR    : 'hour' ;
HOURS   : 'h' | 'hr' | 'hrs' | 'hours' ;
DAY     : 'day' ;
DAYS    : 'd' | 'days' ;
WEEK    : 'week' ;
WEEKS   : 'w' | 'weeks' ;
MONTH   : 'month' ;
// '1 quarter' of an hour, as Rocketry writes it
QUARTER : 'quarter' | 'quarters' | 'q' ;

MONDAY    : 'mon' | 'monday' ;
TUESDAY   : 'tue' | 'tues' | 'tuesday' ;
WEDNESDAY : 'wed' | 'wednesday' ;
THURSDAY  : 'thu' | 'thur' | 'thurs' | 'thursday' ;
FRIDAY    : 'fri' | 'friday' ;
SATURDAY  : 'sat' | 'saturday' ;
SUNDAY    : 'sun' | 'sunday' ;

// 08:00, 8:00:30, 45:00, 01:30:00, 15:05.5 (a fraction of the last part)
CLOCK      : DIGIT+ ':' DIGIT+ (':' DIGIT+)? ('.' DIGIT+)? ;
// :45, :30:15, :30:15.5 (a minute or second within an hour or a minute)
COLON_TIME : ':' DIGIT+ (':' DIGIT+)? ('.' DIGIT+)? ;
// 1st, 2nd, 3rd, 15th
ORDINAL    : DIGIT+ ('st' | 'nd' | 'rd' | 'th') ;
// 1., 22. (a day of the month, as Rocketry writes it); '22.5' is a NUMBER, the longer match
DAY_DOT    : DIGIT+ '.' ;
NUMBER     : DIGIT+ ('.' DIGIT+)? ;
// 'name' or "name"; a quote inside is doubled
STRING     : '\'' (~'\'' | '\'\'')* '\'' | '"' (~'"' | '""')* '"' ;
// A quote that is never closed: reported as such instead of as a stray character.
UNTERMINATED : '\'' (~'\'' | '\'\'')* | '"' (~'"' | '""')* ;
WORD       : [a-z_] [a-z_\-]* ;

// Blanks, including the Unicode spaces that editors and web pages slip in.
WS : [ \t\r\n\u000B\u000C\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+ -> skip ;

// Anything else becomes an error token, so the parser can report it with its position.
UNKNOWN : . ;

fragment DIGIT : [0-9] ;

// After 'cron': five fields of raw text, then back to the normal vocabulary.
mode CRON_MODE;

CRON_WS     : [ \t\r\n\u00A0]+ -> skip ;
CRON_AMP    : '&' -> type(AMP), popMode ;
CRON_PIPE   : '|' -> type(PIPE), popMode ;
CRON_RPAREN : ')' -> type(RPAREN), popMode ;
CRON_FIELD  : ~[ \t\r\n\u00A0&|()~]+ { if (++cronFields == 5) { popMode(); } } ;
CRON_OTHER  : . -> type(UNKNOWN), popMode ;
