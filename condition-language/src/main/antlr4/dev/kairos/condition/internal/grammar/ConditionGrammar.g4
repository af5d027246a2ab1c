// The condition language. '~' binds tightest, then '&', then '|'.
parser grammar ConditionGrammar;

options { tokenVocab = ConditionLexer; }

condition : orExpr EOF ;

// One atom alone: what the typed condition API builds.
atomOnly : atom EOF ;

durationOnly : duration EOF ;

orExpr  : andExpr ((OR | PIPE) andExpr)* ;
andExpr : notExpr ((AND | AMP) notExpr)* ;
notExpr : (NOT | TILDE) notExpr   # negation
        | atom                    # plain
        ;

atom
    : LPAREN orExpr RPAREN                                                        # group
    | ALWAYS? value=(TRUE | FALSE)                                                # constant
    | cycle=(SECONDLY | MINUTELY | HOURLY | DAILY | WEEKLY | MONTHLY) window?      # periodic
    | EVERY duration                                                              # every
    | CRON CRON_FIELD*                                                            # cron
    | TIME OF unit=unitName window                                                # timeOf
    | (TASK taskName)? HAS action period?                                         # has
    | WHILE? TASK taskName IS RUNNING (FOR MORE_KW THAN duration)?                   # running
    | AFTER TASK taskName dependAction?                                           # afterTask
    | AFTER quantifier=(ALL | ANY)? TASKS taskName (COMMA taskName)* dependAction? # afterTasks
    | RETRY NUMBER?                                                               # retry
    | SCHEDULER HAS RUN OVER duration                                             # schedulerRunOver
    | SCHEDULER STARTED duration AGO                                              # schedulerStarted
    | SCHEDULER HAS (cmp=(MORE_KW | LESS) THAN)? NUMBER CYCLES                        # schedulerCycles
    | ENV STRING                                                                  # env
    | PARAM STRING EXISTS                                                         # paramExists
    | PARAM STRING IS STRING                                                      # paramIs
    | WORD phraseWord*                                                            # phrase
    ;

window
    : BETWEEN timePoint AND timePoint   # between
    | AFTER timePoint                   # after
    | BEFORE timePoint                  # before
    | STARTING timePoint                # starting
    | ON timePoint                      # on
    ;

timePoint
    : clock=CLOCK meridiem?             # clockPoint
    | hour=NUMBER meridiem              # hourPoint
    | COLON_TIME                        # colonPoint
    | weekday dayTime?                  # weekdayPoint
    | day=(ORDINAL | DAY_DOT) dayTime?  # monthDayPoint
    | NUMBER QUARTER                    # quarterPoint
    | NUMBER dayTime?                   # numberPoint
    ;

dayTime  : CLOCK meridiem? | NUMBER meridiem ;
meridiem : AM | PM ;
weekday  : MONDAY | TUESDAY | WEDNESDAY | THURSDAY | FRIDAY | SATURDAY | SUNDAY ;

period
    : TODAY window?                     # todayPeriod
    | THIS unit=unitName window?        # thisPeriod
    | IN? PAST duration                 # pastPeriod
    ;

unitName : MINUTE | HOUR | DAY | WEEK | MONTH ;

duration
    : durationPart (COMMA? durationPart)*   # partsDuration
    | CLOCK                                 # clockDuration
    ;
durationPart : NUMBER durationUnit ;
durationUnit : MILLIS | SECONDS | MINUTE | MINUTES | HOUR | HOURS | DAY | DAYS | WEEK | WEEKS ;

action       : SUCCEEDED | FAILED | FINISHED | TERMINATED | INACTED | STARTED | CRASHED ;
dependAction : SUCCEEDED | FAILED | FINISHED | TERMINATED ;
taskName     : STRING ;

// A user-registered phrase: a word, then any words and quoted values up to an operator.
phraseWord : ~(AND | OR | NOT | AMP | PIPE | TILDE | LPAREN | RPAREN | EOF) ;
