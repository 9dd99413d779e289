#include <stdio.h>
#include <string.h>
static unsigned long h(const char *s){unsigned long x=5381;while(*s)x=x*33+*s++;return x;}
static unsigned long work(int n){char buf[64];unsigned long a=0;for(int i=0;i<n;i++){snprintf(buf,sizeof buf,"key-%d-%d",i,i*7);a+=h(buf);}return a;}
int main(){unsigned long a=0;for(int k=0;k<200;k++)a+=work(20000);printf("%lu\n",a);return 0;}
