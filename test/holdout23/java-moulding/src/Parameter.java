package moulding;

import java.util.function.ToDoubleFunction;

/** Process parameters monitored on every shot. */
public enum Parameter {
    CYCLE_TIME("cycle_time_s", s -> s.cycleTimeS),
    INJECTION_TIME("injection_time_s", s -> s.injectionTimeS),
    PLASTICISING_TIME("plasticising_time_s", s -> s.plasticisingTimeS),
    CUSHION("cushion_mm", s -> s.cushionMm),
    PEAK_PRESSURE("peak_injection_pressure_bar", s -> s.peakInjectionPressureBar),
    HOLD_PRESSURE("hold_pressure_bar", s -> s.holdPressureBar),
    MELT_TEMP("melt_temp_c", s -> s.meltTempC),
    MOULD_TEMP("mould_temp_c", s -> s.mouldTempC),
    PART_WEIGHT("part_weight_g", s -> s.partWeightG);

    private final String column;
    private final ToDoubleFunction<Shot> getter;

    Parameter(String column, ToDoubleFunction<Shot> getter) {
        this.column = column;
        this.getter = getter;
    }

    public String column() { return column; }

    public double valueOf(Shot shot) { return getter.applyAsDouble(shot); }
}
