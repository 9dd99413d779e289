package org.ballastlab;

public enum Verdict { COMPLIANT, NON_COMPLIANT, INDICATIVE_ONLY }
